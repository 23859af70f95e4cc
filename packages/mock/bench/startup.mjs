// The mock's time to ready: from calling startMockServer() until it resolves (the mock answers), median
// of 5 starts, for this working tree's build and for another one, started in turn so that both see the
// same load. Usage (after `pnpm build`):
//   node bench/startup.mjs [REF | DIR]
// REF (default `main`) is built in a temporary git worktree (installed from the pnpm store, offline);
// DIR is a checkout whose packages/mock is already built. Not a test: start-up time depends on the machine.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const STARTS = 5;
const here = fileURLToPath(new URL("..", import.meta.url));
const repo = execFileSync("git", ["rev-parse", "--show-toplevel"], { cwd: here, encoding: "utf8" }).trim();
const other = process.argv[2] ?? "main";
const sh = (command, args, cwd) => execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "inherit"] });

/** A checkout of `other` with the mock built, and how to remove it. */
function checkout() {
  if (existsSync(other)) return { dir: other, label: other, remove: () => {} };
  const dir = mkdtempSync(join(tmpdir(), "linkcard-mock-bench-"));
  const commit = execFileSync("git", ["rev-parse", "--short", other], { cwd: repo, encoding: "utf8" }).trim();
  sh("git", ["worktree", "add", "--detach", dir, other], repo);
  const remove = () => {
    rmSync(dir, { recursive: true, force: true });
    sh("git", ["worktree", "prune"], repo);
  };
  try {
    console.error(`building the mock of ${other} (${commit}) in ${dir} ...`);
    sh("pnpm", ["install", "--frozen-lockfile", "--offline"], dir);
    sh("pnpm", ["exec", "turbo", "run", "build", "--filter=@linkcard/mock", "--output-logs=errors-only"], dir);
  } catch (error) {
    remove();
    throw error;
  }
  return { dir, label: `${other} (${commit})`, remove };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const base = checkout();
try {
  const builds = [
    { label: base.label, dir: base.dir },
    { label: "this working tree", dir: repo },
  ];
  for (const build of builds) {
    ({ startMockServer: build.start } = await import(pathToFileURL(join(build.dir, "packages/mock/dist/index.js")).href));
    build.times = [];
    await (await build.start()).stop(); // a first start, not counted: the files into the OS's cache
  }
  console.log(`load average before: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
  for (let i = 0; i < STARTS; i++)
    for (const build of builds) {
      const started = performance.now();
      const mock = await build.start();
      build.times.push(performance.now() - started);
      await mock.stop();
    }
  console.log(`mock time to ready (startMockServer resolving), ${STARTS} starts each, in turn:`);
  for (const { label, times } of builds)
    console.log(`  ${label.padEnd(24)} ${times.map((t) => t.toFixed(0).padStart(5)).join(" ")}   median ${median(times).toFixed(0)} ms`);
  console.log(`load average after: ${loadavg().map((n) => n.toFixed(2)).join(" ")}`);
} finally {
  base.remove();
}
