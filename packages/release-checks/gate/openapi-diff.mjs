// openapi-diff's verdict on two OpenAPI 3.1 documents. It reads only 3.0, so both go through the same
// down-conversion first (@apiture/openapi-down-convert, plus the few things it leaves that 3.0 or
// openapi-diff cannot read), and it classifies changes by JSON-schema set difference: a request schema
// that accepts less, or a response schema that allows more, is breaking.
import { Converter } from "@apiture/openapi-down-convert";
import openapiDiff from "openapi-diff";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/** The breaking differences openapi-diff finds, as `{ code, where }`. */
export async function openapiDiffBreaking(released, current) {
  const spec = (doc, location) => ({ content: JSON.stringify(toOpenApi30(doc)), location, format: "openapi3" });
  const outcome = await openapiDiff.diffSpecs({ sourceSpec: spec(released, "released"), destinationSpec: spec(current, "current") });
  return (outcome.breakingDifferences ?? []).map((difference) => ({
    code: difference.code,
    where: [...difference.sourceSpecEntityDetails, ...difference.destinationSpecEntityDetails].map((d) => d.location).filter(Boolean)[0] ?? "",
  }));
}

/** A 3.0 copy of a 3.1 document that openapi-diff can read, with the same meaning for the diff. */
export function toOpenApi30(doc) {
  const copy = structuredClone(doc);
  closeRequestBodies(copy);
  splitTypeLists(copy);
  const converted = new Converter(copy, { verbose: false }).convert();
  delete converted.info.summary; // 3.1-only; the converter keeps it and openapi-diff's validator refuses it
  nullableToAnyOf(converted);
  return converted;
}

/**
 * The request schema is open (unknown fields are not refused), so adding an optional field narrows it
 * in set terms (`extra: 5` was allowed and is not any more) and removing one widens it. What clients
 * rely on is the documented fields: judge requests as if they were closed. Responses stay open: a
 * response may gain fields, and a field that loses its schema there is breaking. Request schemas are
 * inlined first, so a component shared with a response is closed only on the request side.
 */
function closeRequestBodies(doc) {
  for (const path of Object.values(doc.paths ?? {}))
    for (const method of METHODS)
      for (const media of Object.values(path[method]?.requestBody?.content ?? {}))
        if (media.schema) media.schema = close(inline(doc, media.schema, new Set()));
}

function inline(doc, node, seen) {
  if (!node || typeof node !== "object") return node;
  if (typeof node.$ref === "string" && node.$ref.startsWith("#/components/schemas/")) {
    const name = node.$ref.slice("#/components/schemas/".length);
    if (seen.has(name)) return node; // a recursive schema stays a reference
    return inline(doc, structuredClone(doc.components.schemas[name]), new Set([...seen, name]));
  }
  const copy = Array.isArray(node) ? [] : {};
  for (const [key, value] of Object.entries(node)) copy[key] = inline(doc, value, seen);
  return copy;
}

function close(node) {
  if (!node || typeof node !== "object") return node;
  if (node.properties && !("additionalProperties" in node)) node.additionalProperties = false;
  for (const value of Object.values(node)) close(value);
  return node;
}

/** `type: [string, number]`: the converter handles only `[X, "null"]`; an anyOf says the same in 3.0. */
function splitTypeLists(node) {
  if (!node || typeof node !== "object") return;
  if (Array.isArray(node.type)) {
    const types = node.type.filter((type) => type !== "null");
    if (types.length > 1) {
      node.anyOf = types.map((type) => ({ type }));
      if (types.length < node.type.length) node.nullable = true;
      delete node.type;
    }
  }
  for (const value of Object.values(node)) splitTypeLists(value);
}

/** openapi-diff ignores `nullable`, so a field that may now be null would pass unseen: spell it out. */
const ANNOTATIONS = ["description", "example", "title", "deprecated", "readOnly", "writeOnly", "externalDocs"];
function nullableToAnyOf(node) {
  if (!node || typeof node !== "object") return;
  for (const value of Object.values(node)) nullableToAnyOf(value);
  if (node.nullable !== true) return;
  delete node.nullable;
  const schema = {};
  for (const key of Object.keys(node))
    if (!ANNOTATIONS.includes(key) && !key.startsWith("x-")) {
      schema[key] = node[key];
      delete node[key];
    }
  node.anyOf = [schema, { enum: [null] }];
}
