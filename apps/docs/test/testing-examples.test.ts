// The "Testing your own integration" page's examples run as a user would run them: the vitest setup and
// tests in their project, and the GitHub Actions steps in a shell.
import { fileURLToPath } from "node:url";
import { execFile, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { promisify } from "node:util";
import { freePort } from "@linkcard/mock";
import { expect, test } from "vitest";
import { parse } from "yaml";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const examples = fileURLToPath(new URL("../testing/examples/", import.meta.url));
const vitest = require.resolve("vitest/package.json").replace("package.json", "vitest.mjs");

test("vitest with the global setup: the mock starts, the card is sent, the 429 is handled", async () => {
  const env = { ...process.env };
  for (const name of ["WAWP_BASE_URL", "WAWP_INSTANCE_ID", "WAWP_ACCESS_TOKEN"]) delete env[name];
  const { stdout } = await run(process.execPath, [vitest, "run", "--root", examples, "--reporter=json"], { env, maxBuffer: 1 << 24 });
  const report = JSON.parse(stdout);
  expect(report.numPassedTests).toBe(2);
  expect(report.numFailedTests).toBe(0);
});

test("the GitHub Actions steps: the mock in the background, a 429, then the tests against that mock", async () => {
  const workflow = parse(readFileSync(`${examples}github-actions.yml`, "utf8"));
  const steps: Array<{ name?: string; run?: string; env?: Record<string, string> }> = workflow.jobs.test.steps;
  const byName = (name: string) => steps.find((step) => step.name === name)!;
  // the same steps, on a port that is free here
  const port = String(await freePort("127.0.0.1"));
  const onPort = (text: string) => text.replaceAll("4010", port);
  const background = spawn("bash", ["-c", onPort(byName("The Wawp mock, in the background").run!).replace(/ &$/, "")], {
    cwd: examples,
    stdio: "ignore",
    detached: true,
  });
  try {
    await run("bash", ["-c", onPort(byName("Wait until it answers").run!)], { cwd: examples });
    const { stdout } = await run("bash", ["-c", onPort(byName("A 429 from the mock, to see your error handling").run!)], { cwd: examples });
    expect(stdout.trim()).toBe("429");
    const tests = byName("Your tests");
    const env = { ...process.env, ...Object.fromEntries(Object.entries(tests.env!).map(([k, v]) => [k, onPort(String(v))])) };
    // `npm test` in the user's project: here, its vitest run
    const { stdout: report } = await run(process.execPath, [vitest, "run", "--root", examples, "--reporter=json"], { env, maxBuffer: 1 << 24 });
    expect(JSON.parse(report).numPassedTests).toBe(2);
  } finally {
    process.kill(-background.pid!, "SIGTERM");
  }
});
