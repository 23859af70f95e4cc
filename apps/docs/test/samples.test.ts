// Every code sample on the reference runs against the mock and gets the Message back (the React one in
// samples-react.test.tsx): curl, fetch, TypeScript (type-checked first), Python.
import { execFile, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { transformSync } from "esbuild";
import { describe, expect, inject, test } from "vitest";
import { runnable, sample, spec, writeSample } from "./samples.js";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const mockUrl = inject("mockUrl");
const sentId = "true_201234567890@c.us_3EB0C767D26A8B4C1F27";

describe("the samples, as the reference shows them", () => {
  test("five of them, each with the placeholder credentials or none (React, through a proxy)", () => {
    const labels = spec.paths["/v2/send/link-preview"].post["x-codeSamples"].map((s: { label: string }) => s.label);
    expect(labels).toEqual(["cURL", "JavaScript (fetch)", "TypeScript (@linkcard/core)", "React (@linkcard/react)", "Python (requests)"]);
    for (const label of labels.filter((l: string) => !l.startsWith("React"))) {
      expect(sample(label)).toContain("YOUR_INSTANCE_ID");
      expect(sample(label)).toContain("YOUR_ACCESS_TOKEN");
    }
    for (const label of ["cURL", "JavaScript (fetch)", "Python (requests)"]) expect(sample(label)).toContain(`${spec.servers[0].url}/v2/send/link-preview`);
    // the page's client holds no credentials: the proxy adds them
    expect(sample("React (@linkcard/react)")).toContain('createClient({ proxy: "/api/linkcard" })');
  });
});

describe("each runs against the mock", () => {
  test("cURL", async () => {
    const { stdout } = await run("bash", ["-c", runnable("cURL", mockUrl)]);
    expect(JSON.parse(stdout).id._serialized).toBe(sentId);
  });

  test("JavaScript (fetch)", async () => {
    const file = writeSample("fetch.mjs", runnable("JavaScript (fetch)", mockUrl));
    const { stdout } = await run(process.execPath, [file]);
    expect(stdout).toContain(sentId);
  });

  test("TypeScript (@linkcard/core): type-checks, then runs", async () => {
    const source = runnable("TypeScript (@linkcard/core)", mockUrl);
    const file = writeSample("send.ts", source);
    writeSample(
      "tsconfig.json",
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", strict: true, noEmit: true, skipLibCheck: true, types: [] },
        files: ["send.ts"],
      }),
    );
    const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", file.replace("send.ts", "tsconfig.json")], { encoding: "utf8" });
    expect(tsc.stdout + tsc.stderr).toBe("");
    expect(tsc.status).toBe(0);
    const js = writeSample("send.mjs", transformSync(source, { loader: "ts", format: "esm" }).code);
    // the sample takes the API's address from the environment, as an app pointed at a mock would
    const { stdout } = await run(process.execPath, [js], { env: { ...process.env, WAWP_BASE_URL: mockUrl } });
    expect(stdout).toBe(`sent ${sentId}\n`);
  });

  test("Python (requests)", async () => {
    // the interpreter that has requests (.ci/run installs Debian's python3-requests where none has)
    const python = process.env.LINKCARD_PYTHON ?? "python3";
    const file = writeSample("send.py", runnable("Python (requests)", mockUrl));
    const { stdout } = await run(python, [file]);
    expect(JSON.parse(stdout).id._serialized).toBe(sentId);
  });
});
