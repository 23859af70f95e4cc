// spec/openapi.yaml -> openapi.json (the bundled contract) + src/generated/schema.ts (its types).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import openapiTS, { astToString } from "openapi-typescript";
import { parse } from "yaml";

const specUrl = new URL("../../../spec/openapi.yaml", import.meta.url);
const pkg = new URL("../", import.meta.url);
const spec = parse(readFileSync(specUrl, "utf8"));

writeFileSync(new URL("openapi.json", pkg), `${JSON.stringify(spec, null, 2)}\n`);

// v7 makes every field with a `default` required unless told not to (linkPreviewHighQuality)
const ast = await openapiTS(spec, { defaultNonNullable: false });
mkdirSync(new URL("src/generated/", pkg), { recursive: true });
writeFileSync(
  new URL("src/generated/schema.ts", pkg),
  `// Generated from spec/openapi.yaml by scripts/generate.mjs. Do not edit.\n${astToString(ast)}`,
);
