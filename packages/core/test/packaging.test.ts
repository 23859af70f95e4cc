// What users get: the main entry runs anywhere (no Node built-ins), and the README's example runs as written.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { expect, inject, test } from "vitest";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

test("the built main entry imports nothing but openapi-fetch (no node: built-ins), in ESM and CJS", () => {
  expect([...read("../dist/index.js").matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1])).toEqual(["openapi-fetch"]);
  expect([...read("../dist/index.cjs").matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1])).toEqual(["openapi-fetch"]);
});

test("the README's example is examples/send-link-preview.mjs, and it runs against the mock", async () => {
  const example = read("../examples/send-link-preview.mjs");
  expect(read("../../../README.md")).toContain(example);
  const { stdout } = await promisify(execFile)(process.execPath, ["examples/send-link-preview.mjs"], {
    cwd: new URL("..", import.meta.url).pathname,
    env: { ...process.env, WAWP_INSTANCE_ID: "123456789", WAWP_ACCESS_TOKEN: "123456789", WAWP_BASE_URL: inject("mockUrl") },
  });
  expect(stdout).toBe("sent true_201234567890@c.us_3EB0C767D26A8B4C1F27 (ack 1)\n");
});
