// `npm start` stops with everything it started, however its top process is stopped: SIGINT and SIGTERM
// (a terminal, an IDE, `timeout`, docker) and SIGKILL, which npm cannot pass on. For real: npm, the start
// script, the docs server and the mock, each signal sent to npm's pid alone.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { freePort } from "@linkcard/mock";
import { afterEach, expect, test } from "vitest";
import { processTree, running } from "./process-tree.js";

const repo = fileURLToPath(new URL("../../..", import.meta.url));
const cleanups: Array<() => void> = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Polls until `check` holds; fails after `ms` (room for a busy machine), saying what it waited for. */
async function eventually(check: () => boolean | Promise<boolean>, what: () => string, ms = 90_000) {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${ms} ms: ${what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Whether the port can be listened on again: what a second `npm start` needs. */
const free = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = createServer()
      .once("error", () => resolve(false))
      .listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });

test.each(["SIGINT", "SIGTERM", "SIGKILL"] as const)("%s to npm alone: every process it started exits and the ports are free", async (signal) => {
  const port = await freePort("127.0.0.1");
  // Without CI: with it, setting up runs `pnpm install`, which would relink node_modules under this run's
  // other tasks. Detached (a process group of its own) only so that a failing test can still clean up.
  const { CI: _, ...env } = process.env;
  const npm = spawn("npm", ["start"], {
    cwd: repo,
    env: { ...env, PORT: String(port), npm_config_update_notifier: "false" },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  cleanups.push(() => {
    try {
      process.kill(-npm.pid!, "SIGKILL");
    } catch {} // the group is gone: the test passed
  });
  let output = "";
  npm.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  npm.stderr.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const mockUrl = () => /to the mock at http:\/\/127\.0\.0\.1:(\d+)/.exec(output)?.[1];
  await eventually(() => mockUrl() !== undefined || npm.exitCode !== null, () => `npm start to serve; its output:\n${output}`);
  expect(output).toContain(`linkcard docs on http://127.0.0.1:${port}`);

  // one chain, no package manager between npm and the server: npm → start.mjs → server.mjs → the mock
  const tree = processTree(npm.pid!);
  expect(tree.map((p) => p.command)).toEqual([
    expect.stringMatching(/^npm start/),
    expect.stringMatching(/ scripts\/start\.mjs$/),
    expect.stringMatching(/\/apps\/docs\/server\.mjs$/),
    expect.stringMatching(/\/mock-process\.js /),
  ]);
  tree.slice(1).forEach((p, i) => expect(p.ppid).toBe(tree[i]!.pid));

  process.kill(npm.pid!, signal);
  const left = () => tree.filter((p) => running(p.pid));
  await eventually(() => left().length === 0, () => `still running: ${left().map((p) => p.command).join("; ")}\noutput:\n${output}`);
  for (const bound of [port, Number(mockUrl())]) await eventually(() => free(bound), () => `port ${bound} to be free`);
});
