// A project that uses a published package: a new folder outside the workspace, the package installed
// from the local registry with npm or pnpm (everything else from the machine's registry), the
// consumer files of consumers/<name>/ beside it.
import { cpSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot, tempDir } from "./paths.mjs";
import { run } from "./processes.mjs";
import { bin } from "./tools.mjs";

// what a consumer adds to the package, pinned as the workspace pins them: the React app's own React and
// DOM for the render, and the types its tsconfig names
const TYPES_NODE = "@types/node@20.19.43";
export const CONSUMERS = {
  types: { install: ["@linkcard/types", TYPES_NODE] },
  core: { install: ["@linkcard/core", TYPES_NODE] },
  // README: npm install @linkcard/core @linkcard/react @tanstack/react-query
  react: {
    install: ["@linkcard/react", "@linkcard/core", "@tanstack/react-query", "react@19.3.1", "react-dom@19.3.1", "@types/react@19.3.3", "happy-dom@21.0.4", "@happy-dom/global-registrator@21.0.4", TYPES_NODE],
  },
  mock: { install: ["@linkcard/mock", TYPES_NODE] },
  unfurl: { install: ["@linkcard/unfurl", TYPES_NODE] },
  // README: npm install @linkcard/campaign @linkcard/core (and bullmq ioredis for the /bullmq subpath; with
  // skipLibCheck off, ioredis's declarations need @types/redis-errors, as TypeScript's own message says)
  campaign: { install: ["@linkcard/campaign", "@linkcard/core", "bullmq@6.7.6", "ioredis@6.1.0", "@types/redis-errors@1.2.3", TYPES_NODE] },
  // a command, not a library: nothing to type-check
  cli: { install: ["@linkcard/cli"], typed: false },
};

/**
 * Installs `name`'s consumer with `pm` ("npm" or "pnpm") and resolves to its folder and the install's
 * output. `env` must carry the consumer npmrc (NPM_CONFIG_USERCONFIG).
 */
export async function installConsumer(name, pm, env) {
  const dir = tempDir(`${pm}-${name}`);
  writeFileSync(join(dir, "package.json"), `${JSON.stringify({ name: `${name}-consumer`, private: true, type: "module" }, null, 2)}\n`);
  if (pm === "pnpm")
    // pnpm 12 fails an install on an unapproved build script; a pnpm user of @linkcard/mock must decide
    // on Prism's analytics postinstall (@scarf/scarf), and it is not needed: deny it, as this repo does
    // (and bullmq's msgpackr-extract rebuild, whose addon ships prebuilt)
    writeFileSync(join(dir, "pnpm-workspace.yaml"), "allowBuilds:\n  '@scarf/scarf': false\n  msgpackr-extract: false\n");
  const args = pm === "npm" ? ["install", "--no-audit", "--no-fund", ...CONSUMERS[name].install] : ["add", ...CONSUMERS[name].install];
  const { stdout, stderr } = await run(pm, args, { cwd: dir, env });
  cpSync(join(packageRoot, "consumers", name), dir, { recursive: true });
  for (const tsconfig of ["tsconfig.node16.json", "tsconfig.bundler.json"]) cpSync(join(packageRoot, "consumers", tsconfig), join(dir, tsconfig));
  return { dir, output: stdout + stderr };
}

/** What the package manager says about unmet peers, or "" when every peer is met (its exit code decides). */
export async function peerProblems(dir, pm, env) {
  // npm ls exits 1 on a missing or invalid dependency, peers included; pnpm peers check on a missing or bad peer
  const args = pm === "npm" ? ["ls", "--all"] : ["peers", "check"];
  const { code, stdout, stderr } = await run(pm, args, { cwd: dir, env, allowFailure: true });
  return code === 0 ? "" : `${pm} ${args.join(" ")} exited ${code}:\n${stdout}${stderr}`;
}

/** The files of the consumer that a runtime runs (esm.mjs, cjs.cjs ...). */
export const consumerFiles = (name) => readdirSync(join(packageRoot, "consumers", name));

/** Type-checks the consumer with TypeScript 5.9 (tsc) or 7 (tsgo) under one module resolution. */
export function typecheck(dir, compiler, resolution, toolsDir) {
  const command = compiler === "tsc" ? [process.execPath, bin.tsc(toolsDir)] : [bin.tsgo(toolsDir)];
  return run(command[0], [...command.slice(1), "-p", `tsconfig.${resolution}.json`], { cwd: dir, allowFailure: true });
}
