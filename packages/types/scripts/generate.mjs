// spec/openapi.yaml -> openapi.json (the bundled contract) + src/generated/schema.ts (its types) +
// src/generated/examples.ts (the examples the docs, the mock's users and the tests start from, looked up once).
// On the way, every `x-evidence` list becomes a visible "Source:" line at the end of its object's
// description, so the docs, the types' JSDoc and anyone reading the JSON see where a fact comes from,
// while the YAML states each source once.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const specUrl = new URL("../../../spec/openapi.yaml", import.meta.url);
const pkg = new URL("../", import.meta.url);
const spec = parse(readFileSync(specUrl, "utf8"));

/** A short name for a source's address: its host and its last path segment (and #fragment). */
const label = (url) => {
  const { host, pathname, hash } = new URL(url);
  const last = pathname.split("/").filter(Boolean).pop();
  return `${host}${last ? ` › ${last}` : ""}${hash}`;
};

/** The Markdown for an `x-evidence` list: one `**Source:** kind ([where](url)): note` line per entry. */
export const sourceLines = (evidence) =>
  evidence.map(({ source, url, note }) => `**Source:** ${source}${url ? ` ([${label(url)}](${url}))` : ""}${note ? `: ${note}` : ""}`).join("\n\n");

/** The Markdown list of a schema's `x-card-rules`: each rule's id, what it says, and its sources. */
export const cardRuleList = (rules) =>
  [
    "**WhatsApp's card rules** (`x-card-rules`; `@linkcard/unfurl`'s `checkCard` checks them):",
    ...rules.map(({ id, summary, "x-evidence": evidence }) => `- \`${id}\`: ${summary} ${sourceLines(evidence).replaceAll("\n\n", " ")}`),
  ].join("\n");

// Redoc shows a request body's description, not its schema's: the rules go there too, where readers look
for (const item of Object.values(spec.paths))
  for (const operation of Object.values(item)) {
    const body = operation?.requestBody;
    for (const media of Object.values(body?.content ?? {})) {
      const rules = media.schema?.$ref && spec.components.schemas[media.schema.$ref.split("/").pop()]?.["x-card-rules"];
      if (rules) body.description = body.description ? `${body.description.trimEnd()}\n\n${cardRuleList(rules)}` : cardRuleList(rules);
    }
  }

(function render(node) {
  if (!node || typeof node !== "object") return;
  // the rules sit in an extension, which no renderer shows: list them in the schema's description
  if (Array.isArray(node["x-card-rules"])) {
    const list = cardRuleList(node["x-card-rules"]);
    node.description = node.description ? `${node.description.trimEnd()}\n\n${list}` : list;
  }
  if (Array.isArray(node["x-evidence"])) {
    const line = sourceLines(node["x-evidence"]);
    node.description = node.description ? `${node.description.trimEnd()}\n\n${line}` : line;
  }
  for (const value of Object.values(node)) render(value);
})(spec);

writeFileSync(new URL("openapi.json", pkg), `${JSON.stringify(spec, null, 2)}\n`);

const ast = await openapiTS(spec, { defaultNonNullable: false });
mkdirSync(new URL("src/generated/", pkg), { recursive: true });
writeFileSync(
  new URL("src/generated/schema.ts", pkg),
  `// Generated from spec/openapi.yaml by scripts/generate.mjs. Do not edit.\n${astToString(ast)}`,
);

// the first request example and the first 200 example (what Prism answers in static mode), resolved
const operation = spec.paths["/v2/send/link-preview"].post;
const first = (examples) => Object.values(examples)[0];
const resolved = (example) => (example.$ref ? spec.components.examples[example.$ref.split("/").pop()] : example);
const request = first(operation.requestBody.content["application/json"].examples).value;
const message = resolved(first(operation.responses["200"].content["application/json"].examples)).value;
writeFileSync(
  new URL("src/generated/examples.ts", pkg),
  `// Generated from spec/openapi.yaml by scripts/generate.mjs. Do not edit.
import type { components } from "./schema.js";

/** The spec's first request example (the vendor page's card), credentials included. */
export const exampleRequest: components["schemas"]["SendLinkPreviewRequest"] = ${JSON.stringify(request, null, 2)};

/** The spec's first 200 example: the Message the mock answers a valid send with. */
export const exampleMessage: components["schemas"]["Message"] = ${JSON.stringify(message, null, 2)};
`,
);
