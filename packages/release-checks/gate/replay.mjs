// What openapi-diff cannot see (a tightened pattern, a narrowed enum, a changed format): replay real
// payloads. Every request the released spec accepts (its examples, each documented property example,
// and a corpus of valid requests) must still be accepted; every response the current spec shows (its
// examples) must still be what the released spec promised clients.
import { Ajv2020 } from "ajv/dist/2020.js";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const seg = (s) => s.replaceAll("~", "~0").replaceAll("/", "~1");

/** A request for a message: its fields but the credentials, long values cut. */
const short = (body) =>
  JSON.stringify(body, (key, value) =>
    key === "instance_id" || key === "access_token" ? undefined : typeof value === "string" && value.length > 40 ? `${value.slice(0, 8)}…(${value.length} chars)` : value,
  );

/** Validates against the schema at a JSON pointer in `doc`; returns the errors as text, or "" if valid. */
function validatorFor(doc) {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  ajv.addSchema(doc, "spec");
  return (pointer, value) => {
    const validate = ajv.getSchema(`spec#${pointer}`) ?? ajv.compile({ $ref: `spec#${pointer}` });
    return validate(value) ? "" : ajv.errorsText(validate.errors, { dataVar: "body" });
  };
}

const resolve = (doc, node) => {
  while (node?.$ref?.startsWith("#/")) node = node.$ref.slice(2).split("/").reduce((n, key) => n?.[key.replaceAll("~1", "/").replaceAll("~0", "~")], doc);
  return node;
};

/** The named examples and the single `example` of a media type object, as [label, value]. */
function mediaExamples(doc, media) {
  const found = Object.entries(media.examples ?? {}).map(([name, example]) => [`example ${name}`, resolve(doc, example)?.value]);
  if ("example" in media) found.push(["example", media.example]);
  return found.filter(([, value]) => value !== undefined);
}

function* jsonMedia(doc) {
  for (const [path, item] of Object.entries(doc.paths ?? {}))
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const at = `/paths/${seg(path)}/${method}`;
      const name = `${method.toUpperCase()} ${path}`;
      for (const [type, media] of Object.entries(operation.requestBody?.content ?? {}))
        if (/json/.test(type) && media.schema) yield { kind: "request", name, type, media, pointer: `${at}/requestBody/content/${seg(type)}` };
      for (const [status, response] of Object.entries(operation.responses ?? {})) {
        // a shared response ($ref) is validated where it is defined
        const where = response.$ref?.startsWith("#/") ? response.$ref.slice(1) : `${at}/responses/${seg(status)}`;
        for (const [type, media] of Object.entries(resolve(doc, response)?.content ?? {}))
          if (/json/.test(type) && media.schema) yield { kind: "response", name: `${name} ${status}`, type, media, pointer: `${where}/content/${seg(type)}` };
      }
    }
}

/** Requests worth replaying: the media's examples, and each property example of its schema put into the first. */
function requestSamples(doc, media) {
  const samples = mediaExamples(doc, media);
  const base = samples[0]?.[1];
  const schema = resolve(doc, media.schema);
  if (base && typeof base === "object")
    for (const [property, propertySchema] of Object.entries(schema?.properties ?? {}))
      for (const value of resolve(doc, propertySchema)?.examples ?? [])
        samples.push([`${property} example ${JSON.stringify(value)}`, { ...base, [property]: value }]);
  return samples;
}

/**
 * The breaking changes a replay finds between the released and the current spec, as `{ code, where }`.
 * `corpus` is a list of request bodies for every JSON request (valid ones; any the released spec
 * refuses are left out, so an old corpus entry never blames a new spec).
 */
export function replayBreaking(released, current, corpus = []) {
  const validReleased = validatorFor(released);
  const validCurrent = validatorFor(current);
  const key = (entry) => `${entry.kind} ${entry.name} ${entry.type}`;
  const inCurrent = new Map([...jsonMedia(current)].map((entry) => [key(entry), entry]));
  const inReleased = new Map([...jsonMedia(released)].map((entry) => [key(entry), entry]));
  const breaking = [];

  for (const entry of inReleased.values()) {
    const now = inCurrent.get(key(entry));
    if (entry.kind !== "request" || !now) continue; // a removed operation is openapi-diff's to report
    const samples = [...requestSamples(released, entry.media), ...corpus.map((body) => [`corpus request ${short(body)}`, body])];
    for (const [label, body] of samples) {
      if (validReleased(`${entry.pointer}/schema`, body)) continue;
      const errors = validCurrent(`${now.pointer}/schema`, body);
      if (errors) breaking.push({ code: "request.refused", where: `${entry.name} ${entry.type}: ${label} (valid when released): ${errors}` });
    }
  }

  for (const entry of inCurrent.values()) {
    const then = inReleased.get(key(entry));
    if (entry.kind !== "response" || !then) continue; // a new status is not breaking by itself
    for (const [label, body] of mediaExamples(current, entry.media)) {
      const errors = validReleased(`${then.pointer}/schema`, body);
      if (errors) breaking.push({ code: "response.unexpected", where: `${entry.name} ${entry.type}: ${label} breaks the released schema: ${errors}` });
    }
  }
  return breaking;
}
