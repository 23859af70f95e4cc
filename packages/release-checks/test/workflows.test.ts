// The hosted CI's workflows: valid for the workflow linter, and wired to this repository (.ci/run,
// the release scripts). The linter is shown to catch each kind of broken workflow too.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { repoRoot } from "../lib/paths.mjs";
import { lintWorkflow } from "../lib/workflows.mjs";

const dir = join(repoRoot, ".github/workflows");
const read = (name: string) => readFileSync(join(dir, name), "utf8");
const rootScripts = JSON.parse(readFileSync(join(repoRoot, "package.json"), "utf8")).scripts;
type Step = { uses?: string; run?: string; with?: Record<string, string> };
const steps = (name: string): Step[] => Object.values<{ steps: Step[] }>(parse(read(name)).jobs).flatMap((job) => job.steps);

test("ci.yml and release.yml are there, and the linter finds no problem in any workflow", () => {
  const workflows = readdirSync(dir).filter((name) => /\.ya?ml$/.test(name));
  expect(workflows).toEqual(expect.arrayContaining(["ci.yml", "release.yml"]));
  for (const name of workflows) expect(lintWorkflow(read(name)), name).toEqual([]);
});

test("ci.yml runs .ci/run on pushes to main and on pull requests, with main's history", () => {
  const workflow = parse(read("ci.yml"));
  expect(workflow.on.push.branches).toEqual(["main"]);
  expect(workflow.on).toHaveProperty("pull_request");
  expect(steps("ci.yml").map((step) => step.run)).toContain("bash .ci/run");
  expect(steps("ci.yml").find((step) => step.uses?.startsWith("actions/checkout@"))?.with?.["fetch-depth"]).toBe(0);
  expect(steps("ci.yml").find((step) => step.uses?.startsWith("actions/setup-node@"))?.with?.["node-version"]).toBe(20);
});

test("release.yml runs changesets/action with the repository's version and publish scripts", () => {
  const action = steps("release.yml").find((step) => step.uses?.startsWith("changesets/action@"));
  expect(action?.with?.version).toBe("pnpm run version-packages");
  expect(action?.with?.publish).toBe("pnpm run publish-packages");
  expect(rootScripts["version-packages"]).toBe("node scripts/release.mjs version");
  expect(rootScripts["publish-packages"]).toBe("node scripts/release.mjs publish");
  expect(parse(read("release.yml")).permissions).toEqual({ contents: "write", "pull-requests": "write" });
});

describe("the linter catches a broken workflow", () => {
  const ci = read("ci.yml");
  const broken: [string, string, RegExp][] = [
    ["a misspelt key (runs_on)", ci.replace("runs-on:", "runs_on:"), /runs_on/],
    ["steps misspelt", ci.replace("    steps:", "    stepz:"), /stepz/],
    ["an unknown trigger", ci.replace("  pull_request:", "  pull_requests:"), /pull_requests/],
    ["a step with neither run nor uses", ci.replace("      - run: bash .ci/run", "      - rn: bash .ci/run"), /rn/],
    ["a timeout that is not a number", ci.replace("timeout-minutes: 30", "timeout-minutes: thirty"), /timeout-minutes/],
    ["a job that needs a job that does not exist", ci.replace("    runs-on:", "    needs: build\n    runs-on:"), /unresolved job build/],
    ["bad indentation", ci.replace("    runs-on:", "   runs-on:"), /Parse Error/],
    ["an expression left open", ci.replace("ci-${{ github.ref }}", "ci-${{ github.ref"), /not closed/],
  ];
  test.each(broken)("%s", (_, text, problem) => {
    expect(text).not.toBe(ci);
    expect(lintWorkflow(text).join("\n")).toMatch(problem);
  });
});
