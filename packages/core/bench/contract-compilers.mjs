// The request check and the Message shape, compiled two ways from the bundled spec, measured side by
// side: Ajv's standalone code (a kept compiler) against scripts/compile-contract.mjs's tables read by
// src/validate.ts and src/shape.ts. Prints bytes (min+gzip, with what each needs at run time) and µs per
// call on the vendor's example. Not a test. `pnpm --filter @linkcard/core bench:contract`.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import standaloneCode from "ajv/dist/standalone/index.js";
import { build } from "esbuild";
import { gzipSync } from "node:zlib";

const require = createRequire(import.meta.url);
const spec = JSON.parse(readFileSync(require.resolve("@linkcard/types/openapi.json"), "utf8"));
const here = fileURLToPath(new URL(".", import.meta.url));

// the components as one JSON Schema 2020-12 document, annotations the validator does not need left out
const strip = (node) =>
  Array.isArray(node)
    ? node.map(strip)
    : node && typeof node === "object"
      ? Object.fromEntries(
          Object.entries(node)
            .filter(([key]) => !key.startsWith("x-") && !["description", "examples", "example"].includes(key))
            .map(([key, value]) => [key, key === "$ref" ? value.replace("#/components/schemas/", "#/$defs/") : strip(value)]),
        )
      : node;
const defs = strip(spec.components.schemas);
const schema = (name) => ({ $id: `https://linkcard.invalid/${name}`, $defs: defs, $ref: `#/$defs/${name}` });

const ajv = new Ajv2020({ code: { source: true, esm: true }, allErrors: true, strict: false, unicodeRegExp: true });
ajv.addSchema(schema("SendLinkPreviewRequest"), "request").addSchema(schema("Message"), "message");
const source = standaloneCode(ajv, { validateRequest: "request", validateMessage: "message" });
const dir = mkdtempSync(join(tmpdir(), "linkcard-ajv-"));
writeFileSync(join(dir, "validators.mjs"), source);

async function size(contents, resolveDir) {
  const result = await build({ stdin: { contents, resolveDir, loader: "ts" }, bundle: true, minify: true, format: "esm", platform: "browser", write: false, logLevel: "silent", nodePaths: [join(here, "..", "node_modules")] });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
const ajvSize = await size(`export * from ${JSON.stringify(join(dir, "validators.mjs"))};`, here);
const oursSize = await size(
  `export { checkParams } from ${JSON.stringify(join(here, "../src/validate.ts"))}; export { matches } from ${JSON.stringify(join(here, "../src/shape.ts"))}; export { MESSAGE } from ${JSON.stringify(join(here, "../src/generated/contract.ts"))};`,
  here,
);

// its code requires Ajv's run-time helpers (ucs2length): bundled, as an app would ship it
const runnable = await build({ entryPoints: [join(dir, "validators.mjs")], bundle: true, format: "esm", platform: "node", write: false, logLevel: "silent", nodePaths: [join(here, "..", "node_modules")] });
writeFileSync(join(dir, "validators.bundled.mjs"), runnable.outputFiles[0].text);
const { validateRequest, validateMessage } = await import(join(dir, "validators.bundled.mjs"));
const ours = await build({
  stdin: { contents: `export { checkParams } from "../src/validate.ts"; export { matches } from "../src/shape.ts"; export { MESSAGE } from "../src/generated/contract.ts";`, resolveDir: here, loader: "ts" },
  bundle: true, format: "esm", platform: "node", write: false, logLevel: "silent",
});
writeFileSync(join(dir, "ours.mjs"), ours.outputFiles[0].text);
const { checkParams, matches, MESSAGE } = await import(join(dir, "ours.mjs"));

const { exampleRequest: request } = await import("@linkcard/types");
const { instance_id, access_token, ...params } = request;
const message = spec.components.examples.VendorPageMessage.value;
if (!validateRequest(request) || checkParams(params).length) throw new Error("the example request must pass both");
if (!validateMessage(message) || !matches(message, MESSAGE)) throw new Error("the vendor's Message must pass both");

const perCall = (f, n = 200_000) => {
  for (let i = 0; i < 10_000; i++) f();
  const start = process.hrtime.bigint();
  for (let i = 0; i < n; i++) f();
  return Number(process.hrtime.bigint() - start) / 1000 / n;
};
const kb = (b) => `${(b / 1000).toFixed(2)} kB`;
console.log("contract checks                 min        min+gzip   request µs   Message µs");
for (const [name, { min, gzip }, req, msg] of [
  ["Ajv standalone (2020-12)", ajvSize, perCall(() => validateRequest(request)), perCall(() => validateMessage(message))],
  ["compile-contract tables", oursSize, perCall(() => checkParams(params)), perCall(() => matches(message, MESSAGE))],
])
  console.log(`${name.padEnd(31)} ${kb(min).padEnd(10)} ${kb(gzip).padEnd(10)} ${req.toFixed(2).padStart(10)}   ${msg.toFixed(2).padStart(10)}`);
