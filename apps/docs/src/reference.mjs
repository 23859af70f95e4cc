// The reference page: the bundled spec (with its Source: lines) plus the generated code samples, built by
// Redocly into one offline HTML page, and a "use my instance" form that swaps the samples' placeholder
// credentials for the reader's own, kept in this tab's sessionStorage only.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PATH, PLACEHOLDERS, codeSamples } from "./samples.mjs";

const require = createRequire(import.meta.url);

/** The spec the reference shows: the bundled one, with x-codeSamples on the operation. */
export function referenceSpec() {
  const spec = JSON.parse(readFileSync(require.resolve("@linkcard/types/openapi.json"), "utf8"));
  spec.paths[PATH].post["x-codeSamples"] = codeSamples(spec);
  return spec;
}

/** Builds dist/reference/{openapi.json,index.html}. */
export function buildReference(outDir) {
  const form = readFileSync(new URL("./reference/form.html", import.meta.url), "utf8");
  const swap = readFileSync(new URL("./reference/swap.js", import.meta.url), "utf8");
  mkdirSync(outDir, { recursive: true });
  const spec = referenceSpec();
  writeFileSync(`${outDir}/openapi.json`, `${JSON.stringify(spec, null, 2)}\n`);
  // Redoc 3 shows an x-codeSamples entry only for a language its options list: list ours, in their order
  const languages = spec.paths[PATH].post["x-codeSamples"].map(({ lang, label }) => ({ lang, label }));
  const configDir = mkdtempSync(join(tmpdir(), "linkcard-redocly-"));
  writeFileSync(join(configDir, "redocly.yaml"), JSON.stringify({ openapi: { codeSamples: { languages } } }));
  try {
    execFileSync(
      process.execPath,
      [
        require.resolve("@redocly/cli/bin/cli.js"),
        "build-docs",
        `${outDir}/openapi.json`,
        "-o",
        `${outDir}/index.html`,
        "--inlineBundle",
        "--config",
        join(configDir, "redocly.yaml"),
      ],
      // its banners (Node 20 deprecation, Redoc 3) go to stderr: shown only if it fails
      { env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" }, stdio: "pipe" },
    );
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
  const hydrate = "hydrate(__redoc_definition, __redoc_options, document.getElementById('redoc'));";
  let html = readFileSync(`${outDir}/index.html`, "utf8");
  if (!html.includes(hydrate)) throw new Error("reference: Redoc's page changed; teach src/reference.mjs its start-up line");
  html = html
    // Redoc's "API docs by Redocly" logo is its one request off the page: an empty image instead
    .replaceAll(/https:\/\/cdn\.redoc\.ly\/redoc\/logo-mini(-full)?\.svg/g, "data:,")
    .replace("<body>", `<body>\n${form}\n<script>\nconst LINKCARD_PLACEHOLDERS = ${JSON.stringify(PLACEHOLDERS)};\n${swap}</script>`)
    // with the reader's credentials, render afresh from the swapped spec (hydrating would not match the prerendered page)
    .replace(
      hydrate,
      "const __mine = linkcardSwap(__redoc_definition);\n      if (__mine) { const el = document.getElementById('redoc'); el.replaceChildren(); init(__mine, __redoc_options, el); }\n      else " +
        hydrate,
    );
  writeFileSync(`${outDir}/index.html`, html);
}
