// The release flow. `pnpm release` runs both steps; changesets/action runs them apart (.github/workflows/release.yml):
//   version   the breaking-change gate, `changeset version` (versions, internal ranges, CHANGELOG.md),
//             then records the spec as released (spec/released/openapi.json), for the next gate
//   publish   builds the public packages and runs `changeset publish` (pnpm publish: workspace: ranges
//             become real ones), which skips versions already on the registry and tags what it published
// The registry is npm's, or whatever the user npmrc names (the release checks point it at a local one).
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { writeReleasedSpec } from "./released-spec.mjs";

const root = new URL("..", import.meta.url).pathname;
const steps = process.argv.slice(2).length ? process.argv.slice(2) : ["version", "publish"];
const env = { ...process.env, TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1" };
const sh = (command, ...args) => execFileSync(command, args, { cwd: root, stdio: "inherit", env });

/** The workspace packages that are published (not private). */
const publicPackages = () =>
  ["packages", "apps"]
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name, "package.json")))
    .filter(existsSync)
    .map((file) => JSON.parse(readFileSync(file, "utf8")))
    .filter((manifest) => !manifest.private)
    .map((manifest) => manifest.name);

for (const step of steps) {
  if (step === "version") {
    sh(process.execPath, join(root, "packages/release-checks/gate/cli.mjs"));
    sh("pnpm", "exec", "changeset", "version");
    console.log(`release: wrote ${writeReleasedSpec(root)}`);
  } else if (step === "publish") {
    const filters = publicPackages().map((name) => `--filter=${name}`);
    sh("pnpm", "exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only");
    sh("pnpm", "exec", "changeset", "publish");
  } else {
    console.error(`release: unknown step ${step} (version, publish)`);
    process.exit(2);
  }
}
