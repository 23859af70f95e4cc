// The release flow for real, in a temporary copy of the repository: `pnpm release` (gate, changeset
// version, the released spec, build, changeset publish) with the registry pointed at a local one.
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { execFileSync } from "node:child_process";
import { removeDir, repoRoot, tempDir } from "./paths.mjs";
import { run } from "./processes.mjs";

/** Everything git would commit from the working tree: tracked files and new ones not ignored. */
const workingTreeFiles = () =>
  execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], { cwd: repoRoot, encoding: "utf8" })
    .split("\0")
    .filter((file) => file && existsSync(join(repoRoot, file)));

/** A copy of the working tree (no node_modules, no build output) as a fresh git repository. */
export async function copyRepository() {
  const dir = tempDir("release");
  for (const file of workingTreeFiles()) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    cpSync(join(repoRoot, file), join(dir, file));
  }
  const git = (...args) => run("git", ["-c", "user.name=release-checks", "-c", "user.email=release-checks@localhost", ...args], { cwd: dir });
  await git("init", "-q", "-b", "main");
  await git("add", "-A");
  await git("commit", "-q", "-m", "the working tree, for a release rehearsal");
  return dir;
}

/** The workspace's package manifests, by folder. */
export const manifests = (root) =>
  ["packages", "apps"]
    .filter((dir) => existsSync(join(root, dir)))
    .flatMap((dir) => readdirSync(join(root, dir)).map((name) => join(root, dir, name)))
    .filter((dir) => existsSync(join(dir, "package.json")))
    .map((dir) => ({ dir, manifest: JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) }));

/**
 * Copies the repository, installs it from the lockfile (from the store, warm from the workspace's own
 * install; pnpm 12 still asks the registry for its supply-chain check) and runs `pnpm release` against
 * `registry`. Resolves to the copy's folder and the
 * release's output; the caller removes the folder.
 */
export async function rehearseRelease(registry, env) {
  const dir = await copyRepository();
  try {
    await run("pnpm", ["install", "--frozen-lockfile", "--prefer-offline"], { cwd: dir, env });
    const releaseEnv = {
      ...env,
      // pnpm 12 takes the registry and token from the npmrc; changesets' own `npm info` from npm_config_registry
      NPM_CONFIG_USERCONFIG: registry.publishConfig,
      npm_config_registry: registry.url,
    };
    const { stdout, stderr } = await run("pnpm", ["run", "release"], { cwd: dir, env: releaseEnv });
    return { dir, output: stdout + stderr };
  } catch (error) {
    removeDir(dir);
    throw error;
  }
}
