// What users get: the main entry runs anywhere (no Node built-ins), and the README's example runs as written.
import { fileURLToPath } from "node:url";
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { expect, inject, test } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

/** Every module a built entry loads, following its own chunks: [external imports, files read]. */
function importsOf(entry: string, pattern: RegExp): [string[], string[]] {
  const external = new Set<string>();
  const seen = new Set<string>();
  const visit = (file: URL) => {
    if (seen.has(file.pathname)) return;
    seen.add(file.pathname);
    for (const [, specifier] of readFileSync(file, "utf8").matchAll(pattern))
      specifier!.startsWith(".") ? visit(new URL(specifier!, file)) : external.add(specifier!);
  };
  visit(new URL(entry, import.meta.url));
  return [[...external], [...seen].map((path) => path.slice(path.indexOf("/dist/") + 1))];
}

test("the built main entry imports nothing but openapi-fetch (no node: built-ins, not the proxy), in ESM and CJS", () => {
  const [esm, esmFiles] = importsOf("../dist/index.js", /(?:^|\n)(?:import|export) [^;]*? from "([^"]+)";/g);
  const [cjs, cjsFiles] = importsOf("../dist/index.cjs", /require\("([^"]+)"\)/g);
  expect(esm).toEqual(["openapi-fetch"]);
  expect(cjs).toEqual(["openapi-fetch"]);
  for (const files of [esmFiles, cjsFiles]) expect(files.filter((f) => f.includes("server"))).toEqual([]);
});

test("the ./server entry imports no node: module at run time either (edge runtimes load it)", () => {
  const [esm] = importsOf("../dist/server/index.js", /(?:^|\n)(?:import|export) [^;]*? from "([^"]+)";/g);
  expect(esm).toEqual(["openapi-fetch"]);
});

test("the README's example is examples/send-link-preview.mjs, and it runs against the mock", async () => {
  const example = read("../examples/send-link-preview.mjs");
  expect(read("../../../README.md")).toContain(example);
  const { stdout } = await promisify(execFile)(process.execPath, ["examples/send-link-preview.mjs"], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, WAWP_INSTANCE_ID: "123456789", WAWP_ACCESS_TOKEN: "123456789", WAWP_BASE_URL: inject("mockUrl") },
  });
  expect(stdout).toBe("sent true_201234567890@c.us_3EB0C767D26A8B4C1F27 (ack 1)\n");
});
