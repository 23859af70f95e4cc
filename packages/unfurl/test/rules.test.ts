// The rules come from the spec, compiled at build time; the compiler refuses what it does not know.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { RULES } from "../src/index.js";

const require = createRequire(import.meta.url);
const specFile = require.resolve("@linkcard/types/openapi.json");
const spec = JSON.parse(readFileSync(specFile, "utf8"));
const request = spec.components.schemas.SendLinkPreviewRequest;
const dir = mkdtempSync(join(tmpdir(), "linkcard-rules-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs the compiler on a changed copy of the bundled spec; resolves to its error output, or "" when it compiled. */
function compile(change: (schema: any) => void): string {
  const copy = structuredClone(spec);
  change(copy.components.schemas.SendLinkPreviewRequest);
  writeFileSync(join(dir, "spec.json"), JSON.stringify(copy));
  try {
    execFileSync(process.execPath, [new URL("../scripts/compile-rules.mjs", import.meta.url).pathname, join(dir, "spec.json"), join(dir, "rules.ts")], { stdio: "pipe" });
    return "";
  } catch (error) {
    return String((error as { stderr: Buffer }).stderr);
  }
}

test("every card rule in the spec is compiled, with its bound and first source, and the thumbnail's media types after them", () => {
  const fromSpec = request["x-card-rules"].map((rule: any) => rule.id);
  expect(RULES.map((rule) => rule.id)).toEqual([...fromSpec, "thumbnail-media-types"]);
  for (const rule of request["x-card-rules"]) {
    const compiled = RULES.find((r) => r.id === rule.id)!;
    expect(compiled.summary).toBe(rule.summary);
    expect(compiled.source.url).toBe(rule["x-evidence"][0].url);
    if (compiled.test !== "none") expect(compiled.limit).toBe(rule[compiled.test]);
  }
  expect(RULES.at(-1)!.limit).toEqual(request.properties.thumbnail["x-media-types"]);
});

test("the bundled spec compiles", () => {
  expect(compile(() => {})).toBe("");
});

describe("the compiler refuses a rule it does not understand", () => {
  test.each([
    ["an unknown measure", (s: any) => s["x-card-rules"].push({ id: "new", summary: "s", measure: "image.height", minimum: 1, "x-evidence": [{ source: "illustrative" }] }), "measure image.height"],
    ["a bound its measure cannot take", (s: any) => Object.assign(s["x-card-rules"].find((r: any) => r.id === "image-300px-wide"), { maximum: 5000 }), "bound maximum on image.width"],
    ["an unknown keyword", (s: any) => Object.assign(s["x-card-rules"][0], { severity: "high" }), "bound severity on page.headEnd"],
    ["a rule without a source", (s: any) => delete s["x-card-rules"][0]["x-evidence"], "no x-evidence"],
    ["two rules with one id", (s: any) => s["x-card-rules"].push({ ...s["x-card-rules"][0] }), "an id missing or used twice"],
    ["an unknown format", (s: any) => Object.assign(s["x-card-rules"].find((r: any) => r.measure === "image.url"), { format: "uri-reference" }), "format uri-reference"],
    ["media types that are not images", (s: any) => (s.properties.thumbnail["x-media-types"] = ["text/html"]), "not image types"],
  ])("%s", (_, change, message) => {
    expect(compile(change)).toContain(message);
  });
});
