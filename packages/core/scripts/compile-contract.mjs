// Compiles the facts the client needs from the bundled spec into src/generated/contract.ts, at build
// time, so the client restates nothing by hand and ships no JSON Schema compiler:
//  - validateSendLinkPreviewRequest(): every constraint of SendLinkPreviewRequest, as a small table
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

// field -> [types, minLength, maxLength, pattern, message for a pattern mismatch]
const fields = {};
for (const [name, schema] of Object.entries(request.properties)) {
  for (const key of Object.keys(schema)) if (!SUPPORTED.has(key)) fail(`.${name}`, `keyword ${key}`);
  const types = [schema.type].flat();
  for (const t of types) if (!TYPES.has(t)) fail(`.${name}`, `type ${t}`);
  fields[name] = [
    types,
    schema.minLength ?? 0,
    schema.maxLength ?? null,
    schema.pattern ?? null,
    schema.pattern ? (schema["x-pattern-message"] ?? `must match ${schema.pattern}`) : null,
  ];
}

const source = `// Generated from @linkcard/types/openapi.json by scripts/compile-contract.mjs. Do not edit.

/** The production server, the spec's first \`servers\` entry. */
export const PRODUCTION_URL = ${JSON.stringify(spec.servers[0].url)};

/** The fields every \`Message\` has (its \`required\` list). */
export const MESSAGE_FIELDS: readonly string[] = ${JSON.stringify(message.required)};

/** One violation of the request schema: the field and what is wrong with it. */
export interface Issue {
  /** The field, e.g. \`chatId\`; empty for the body as a whole. */
  path: string;
  /** What is wrong, e.g. \`is required\`. */
  message: string;
}

type Rule = [types: string[], minLength: number, maxLength: number | null, pattern: string | null, mismatch: string | null];
const REQUIRED = ${JSON.stringify(request.required)};
const FIELDS: Record<string, Rule> = ${JSON.stringify(fields)};
const patterns: Record<string, RegExp> = {};

const is = (value: unknown, type: string) =>
  type === "null" ? value === null : type === "integer" ? Number.isInteger(value) : typeof value === type;

/** Checks a request body against SendLinkPreviewRequest; returns every violation (none: valid). */
export function validateSendLinkPreviewRequest(body: unknown): Issue[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return [{ path: "", message: "must be an object" }];
  const issues: Issue[] = [];
  const record = body as Record<string, unknown>;
  for (const name of REQUIRED) if (record[name] === undefined) issues.push({ path: name, message: "is required" });
  for (const name in record) {
    const value = record[name];
    const rule = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
    if (value === undefined) continue;
    if (!rule) {
      issues.push({ path: name, message: "is not a known field" });
      continue;
    }
    const [types, min, max, pattern, mismatch] = rule;
    if (!types.some((t) => is(value, t))) {
      issues.push({ path: name, message: \`must be \${types.map((t) => (t === "null" ? t : \`a \${t}\`)).join(" or ")}\` });
      continue;
    }
    if (typeof value !== "string") continue;
    // JSON Schema counts code points, not UTF-16 units; count them only when the units leave it open
    const length = value.length > (max ?? Infinity) || value.length < 2 * min ? [...value].length : value.length;
    if (length < min) issues.push({ path: name, message: min === 1 ? "must not be empty" : \`must be at least \${min} characters\` });
    if (max !== null && length > max) issues.push({ path: name, message: \`must be at most \${max} characters\` });
    if (pattern && !(patterns[pattern] ??= new RegExp(pattern, "u")).test(value)) issues.push({ path: name, message: mismatch! });
  }
  return issues;
}
`;

mkdirSync(new URL("../src/generated/", import.meta.url), { recursive: true });
writeFileSync(new URL("../src/generated/contract.ts", import.meta.url), source);
