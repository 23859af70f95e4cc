// Compiles WhatsApp's card rules from the bundled spec into src/generated/rules.ts, at build time, so
// the package states no rule by hand:
//  - RULES: SendLinkPreviewRequest's `x-card-rules`, each as [id, measure, test, limit, summary, source]
//  - the thumbnail's `x-media-types` as one more rule, `thumbnail-media-types`, on the image's type
//  - FIELDS: the JSON types of the request's fields, and which are required, to check checkCard's params
// It refuses a rule whose measure or bound it does not know, so a new rule cannot be silently skipped.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
// another spec and output file may be named (the tests do, to see it refuse what it does not know)
const [specPath = require.resolve("@linkcard/types/openapi.json"), outPath] = process.argv.slice(2);
const spec = JSON.parse(readFileSync(specPath, "utf8"));
const request = spec.components.schemas.SendLinkPreviewRequest;

const fail = (where, what) => {
  throw new Error(`compile-rules: ${where}: ${what}; teach scripts/compile-rules.mjs`);
};

// what src/rules.ts can measure, and the bounds it can test each against
const MEASURES = {
  "page.headEnd": ["maximum"],
  "page.og:title": ["minLength"],
  "page.og:description": ["minLength"],
  "page.og:url": ["minLength"],
  "image.url": ["format"],
  "image.bytes": ["maximum", "exclusiveMaximum"],
  "image.width": ["minimum"],
  "image.aspectRatio": ["maximum"],
  "title.lines": ["maximum"],
  "description.length": ["maximum"],
  none: [],
};
const FORMATS = ["uri"];
const ANNOTATIONS = ["id", "summary", "measure", "unit", "description", "x-evidence"];

/** The first source of a fact, as one line: its kind, its address and its note. */
const sourceOf = (where, evidence) => {
  const first = Array.isArray(evidence) ? evidence[0] : undefined;
  if (!first?.source) fail(where, "no x-evidence");
  return { kind: first.source, ...(first.url && { url: first.url }), ...(first.note && { note: first.note }) };
};

const ids = new Set();
const rules = (request["x-card-rules"] ?? fail("SendLinkPreviewRequest", "no x-card-rules")).map((rule) => {
  const where = `x-card-rules ${rule.id ?? JSON.stringify(rule)}`;
  if (typeof rule.id !== "string" || ids.has(rule.id)) fail(where, "an id missing or used twice");
  ids.add(rule.id);
  if (typeof rule.summary !== "string") fail(where, "no summary");
  const bounds = MEASURES[rule.measure] ?? fail(where, `measure ${rule.measure}`);
  const given = Object.keys(rule).filter((key) => !ANNOTATIONS.includes(key));
  for (const key of given) if (!bounds.includes(key)) fail(where, `bound ${key} on ${rule.measure}`);
  if (given.length !== (bounds.length ? 1 : 0)) fail(where, `${given.length} bounds (one expected)`);
  const [test] = given;
  if (test === "format" && !FORMATS.includes(rule.format)) fail(where, `format ${rule.format}`);
  if (test && test !== "format" && typeof rule[test] !== "number") fail(where, `${test} must be a number`);
  return {
    id: rule.id,
    measure: rule.measure,
    test: test ?? "none",
    limit: test ? rule[test] : null,
    ...(rule.unit && { unit: rule.unit }),
    summary: rule.summary,
    source: sourceOf(where, rule["x-evidence"]),
  };
});

const thumbnail = request.properties.thumbnail;
const mediaTypes = thumbnail?.["x-media-types"] ?? fail("SendLinkPreviewRequest.thumbnail", "no x-media-types");
if (!mediaTypes.every((type) => /^image\/[a-z0-9.+-]+$/.test(type))) fail("thumbnail.x-media-types", "not image types");
rules.push({
  id: "thumbnail-media-types",
  measure: "image.type",
  test: "enum",
  limit: mediaTypes,
  summary: `The thumbnail is ${mediaTypes.join(" or ")}.`,
  source: sourceOf("thumbnail", thumbnail["x-evidence"]),
});

const TYPES = new Set(["string", "boolean", "null", "integer", "number"]);
const fields = Object.fromEntries(
  Object.entries(request.properties).map(([name, schema]) => {
    const types = [schema.type].flat();
    for (const type of types) if (!TYPES.has(type)) fail(`SendLinkPreviewRequest.${name}`, `type ${type}`);
    return [name, types];
  }),
);

const source = `// Generated from @linkcard/types/openapi.json by scripts/compile-rules.mjs. Do not edit.
import type { CompiledRule } from "../rule.js";

/** WhatsApp's card rules (SendLinkPreviewRequest's x-card-rules), and the thumbnail's media types. */
export const RULES: readonly CompiledRule[] = ${JSON.stringify(rules, null, 2)};

/** SendLinkPreviewRequest's fields and their JSON types. */
export const FIELDS: Readonly<Record<string, readonly string[]>> = ${JSON.stringify(fields)};

/** SendLinkPreviewRequest's required fields. */
export const REQUIRED: readonly string[] = ${JSON.stringify(request.required)};
`;

if (outPath) writeFileSync(outPath, source);
else {
  mkdirSync(new URL("../src/generated/", import.meta.url), { recursive: true });
  writeFileSync(new URL("../src/generated/rules.ts", import.meta.url), source);
}
