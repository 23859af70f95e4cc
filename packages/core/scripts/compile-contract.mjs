// Compiles the facts the client needs from the bundled spec into src/generated/contract.ts, at build
// time, so the client restates nothing by hand and ships no JSON Schema compiler:
//  - REQUIRED and FIELDS: every constraint of SendLinkPreviewRequest, as a small table (src/validate.ts reads it)
//  - MESSAGE_FIELDS: the fields every Message has (to tell a real success from an error body on a 2xx)
//  - PRODUCTION_URL: the first server.
// It refuses a keyword it does not implement, so a new constraint in the spec cannot be silently skipped.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve("@linkcard/types/openapi.json"), "utf8"));
const { SendLinkPreviewRequest: request, Message: message } = spec.components.schemas;

const ANNOTATIONS = new Set(["description", "examples", "default", "title", "x-pattern-message"]);
const SUPPORTED = new Set(["type", "minLength", "maxLength", "pattern", ...ANNOTATIONS]);
const TYPES = new Set(["string", "boolean", "null", "integer", "number"]);

const fail = (where, what) => {
  throw new Error(`compile-contract: SendLinkPreviewRequest${where}: ${what}; teach scripts/compile-contract.mjs`);
};
for (const key of Object.keys(request))
  if (!["type", "required", "properties", "additionalProperties", ...ANNOTATIONS].includes(key)) fail("", `keyword ${key}`);
if (request.type !== "object" || request.additionalProperties !== false) fail("", "must be a closed object");

// field -> [types, minLength, maxLength, pattern, message for a pattern mismatch], as JS source
const fields = Object.entries(request.properties).map(([name, schema]) => {
  for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) fail(`.${name}`, `keyword ${key}`);
  const types = [schema.type].flat();
  for (const t of types) if (!TYPES.has(t)) fail(`.${name}`, `type ${t}`);
  // JSON Schema patterns are ECMA-262 with the u flag, as Prism's validator (ajv) runs them
  const pattern = schema.pattern ? `/${new RegExp(schema.pattern, "u").source}/u` : "null";
  const mismatch = schema["x-pattern-message"] ?? `must match ${schema.pattern}`;
  return `  ${JSON.stringify(name)}: [${JSON.stringify(types)}, ${schema.minLength ?? 0}, ${schema.maxLength ?? "Infinity"}, ${pattern}, ${JSON.stringify(schema.pattern ? mismatch : "")}],`;
});

const source = `// Generated from @linkcard/types/openapi.json by scripts/compile-contract.mjs. Do not edit.

/** The production server, the spec's first \`servers\` entry. */
export const PRODUCTION_URL = ${JSON.stringify(spec.servers[0].url)};

/** The fields every \`Message\` has (its \`required\` list). */
export const MESSAGE_FIELDS: readonly string[] = ${JSON.stringify(message.required)};

/** SendLinkPreviewRequest's required fields. */
export const REQUIRED: readonly string[] = ${JSON.stringify(request.required)};

/** A field's constraints: JSON types, min and max length in code points, pattern, what to say on a mismatch. */
export type Rule = [types: string[], minLength: number, maxLength: number, pattern: RegExp | null, mismatch: string];

/** SendLinkPreviewRequest's fields and their constraints; it allows no others. */
export const FIELDS: Record<string, Rule> = {
${fields.join("\n")}
};
`;

mkdirSync(new URL("../src/generated/", import.meta.url), { recursive: true });
writeFileSync(new URL("../src/generated/contract.ts", import.meta.url), source);
