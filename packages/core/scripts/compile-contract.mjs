// Compiles the facts the client needs from the bundled spec into src/generated/contract.ts, at build
// time, so the client restates nothing by hand and ships no JSON Schema compiler:
//  - REQUIRED and FIELDS: every constraint of SendLinkPreviewRequest, as a small table (src/validate.ts reads it)
//  - MESSAGE: the shape of a Message (types of its required fields, all the way down; src/shape.ts reads it),
//    to tell a real success from an error body or garbage on a 2xx
//  - LISTS: where a Message has a list the API may serialize as `{}` (the client hands out `[]` there)
//  - PRODUCTION_URL: the first server.
// It refuses a keyword it does not implement, so a new constraint in the spec cannot be silently skipped.
// Why not a kept compiler: bench/contract-compilers.mjs compiles the same two checks with Ajv's standalone
// code generation (JSON Schema 2020-12, allErrors). Measured 2026-12-03: Ajv 46.75 kB min, 5.51 kB
// min+gzip, 0.28 µs per request check and 0.49 µs per Message; these tables 2.59 kB, 1.43 kB, 0.86 µs and
// 1.22 µs. Ajv alone would be nearly the core's whole size budget, to save under 1 µs of a call that
// costs some 80 µs in memory; so the tables stay, and the bench is there to measure again.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve("@linkcard/types/openapi.json"), "utf8"));
const schemas = spec.components.schemas;
const { SendLinkPreviewRequest: request } = schemas;

// x-card-rules and x-media-types say what makes a good card (@linkcard/unfurl checks them), not what the API refuses
const ANNOTATIONS = new Set(["description", "examples", "default", "title", "x-pattern-message", "x-evidence", "x-card-rules", "x-media-types"]);
const SUPPORTED = new Set(["type", "minLength", "maxLength", "pattern", ...ANNOTATIONS]);
// JSON types as the letters src/shape.ts's typeOf gives (an integer is a number too)
const LETTERS = { string: "s", boolean: "b", null: "n", integer: "i", number: "xi", object: "o", array: "a" };

const fail = (where, what) => {
  throw new Error(`compile-contract: ${where}: ${what}; teach scripts/compile-contract.mjs`);
};
const letters = (where, types) =>
  [types]
    .flat()
    .map((t) => LETTERS[t] ?? fail(where, `type ${t}`))
    .join("");

for (const key of Object.keys(request))
  if (!["type", "required", "properties", "additionalProperties", ...ANNOTATIONS].includes(key))
    fail("SendLinkPreviewRequest", `keyword ${key}`);
if (request.type !== "object" || ![undefined, true, false].includes(request.additionalProperties))
  fail("SendLinkPreviewRequest", "must be an object, open or closed");

// patterns and their messages, each once (url and thumbnail share theirs): name -> JS source
const constants = new Map();
const constant = (source, type = "") => {
  if (!constants.has(source)) constants.set(source, `C${constants.size}${type}`);
  return constants.get(source).replace(/:.*/, "");
};

// field -> [types, minLength, maxLength, pattern, message for a pattern mismatch], as JS source; defaults left out
const fields = Object.entries(request.properties).map(([name, schema]) => {
  const where = `SendLinkPreviewRequest.${name}`;
  for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) fail(where, `keyword ${key}`);
  // JSON Schema patterns are ECMA-262 with the u flag, as Prism's validator (ajv) runs them
  const pattern = schema.pattern && constant(`/${new RegExp(schema.pattern, "u").source}/u`);
  const mismatch = schema.pattern && constant(JSON.stringify(schema["x-pattern-message"] ?? `must match ${schema.pattern}`));
  const rule = [JSON.stringify(letters(where, schema.type)), schema.minLength ?? "", schema.maxLength ?? "", pattern ?? "", mismatch ?? ""];
  while (rule.at(-1) === "") rule.pop();
  return `  ${JSON.stringify(name)}: [${rule.join(", ")}],`;
});

const resolve = (schema) => (schema.$ref ? resolve(schemas[schema.$ref.split("/").pop()]) : schema);

/** A schema's shape: its types, and for an object its required fields' shapes (src/shape.ts); a named one once. */
function shape(where, schema) {
  const named = schema.$ref?.split("/").pop();
  schema = resolve(schema);
  const branches = schema.oneOf ?? schema.anyOf;
  // a union: any of its branches' types (their insides are not checked)
  if (branches) return JSON.stringify([...new Set(branches.map((b) => letters(where, resolve(b).type)).join(""))].join(""));
  const types = JSON.stringify(letters(where, schema.type));
  if (!schema.required?.length) return types;
  const fields = schema.required.map((name) => `${JSON.stringify(name)}: ${shape(`${where}.${name}`, schema.properties[name])}`);
  const source = `[${types}, { ${fields.join(", ")} }]`;
  return named && named !== "Message" ? constant(source, ": Shape") : source;
}

const isEmptyList = (schema) => schema.$ref === "#/components/schemas/EmptyList";
/** The fields of an object schema whose value is a list or an EmptyList, as [owner, name] (owner "" or `_data`). */
const lists = (schema, owner = "") =>
  Object.entries(resolve(schema).properties ?? {}).flatMap(([name, property]) => {
    const branches = resolve(property).oneOf ?? [];
    if (branches.some(isEmptyList)) return [[owner, name]];
    return name === "_data" ? lists(property, name) : [];
  });

const messageShape = shape("Message", { $ref: "#/components/schemas/Message" });
const source = `// Generated from @linkcard/types/openapi.json by scripts/compile-contract.mjs. Do not edit.
import type { Shape } from "../shape.js";

${[...constants].map(([value, name]) => `const ${name} = ${value};`).join("\n")}

/** The production server, the spec's first \`servers\` entry. */
export const PRODUCTION_URL = ${JSON.stringify(spec.servers[0].url)};

/** What every \`Message\` is: the types of its required fields, all the way down. */
export const MESSAGE: Shape = ${messageShape};

/** Where a Message may have \`{}\` for an empty list: [the field holding it ("" for the message itself), its name]. */
export const LISTS: readonly (readonly [string, string])[] = ${JSON.stringify(lists(schemas.Message))};

/** Whether SendLinkPreviewRequest refuses fields it does not list (\`additionalProperties: false\`). */
export const CLOSED = ${request.additionalProperties === false};

/** SendLinkPreviewRequest's required fields. */
export const REQUIRED: readonly string[] = ${JSON.stringify(request.required)};

/** A field's constraints: JSON types (src/shape.ts's letters), min and max length in code points, pattern, what to say on a mismatch. */
export type Rule = [types: string, minLength?: number, maxLength?: number, pattern?: RegExp, mismatch?: string];

/** SendLinkPreviewRequest's fields and their constraints. */
export const FIELDS: Record<string, Rule> = {
${fields.join("\n")}
};
`;

mkdirSync(new URL("../src/generated/", import.meta.url), { recursive: true });
writeFileSync(new URL("../src/generated/contract.ts", import.meta.url), source);
