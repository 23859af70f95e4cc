// Child processes for the release checks: commands that must succeed (their output quoted when they
// don't), and servers that are always stopped, even when a test fails or the run is interrupted.
import { spawn } from "node:child_process";

/** Process groups still running; killed on exit so no registry, mock or proxy outlives the run. */
const running = new Set();
process.once("exit", () => {
  for (const pid of running) kill(pid, "SIGKILL");
});

function kill(pid, signal) {
  try {
    process.kill(-pid, signal); // the whole group: npx, pnpm exec and linkcard-mock start children of their own
  } catch {}
}

/**
 * @typedef {{ cwd?: string, env?: NodeJS.ProcessEnv }} Where
 */

/**
 * Runs a command to its end and resolves to its exit code and output. Rejects with the output quoted
 * when it exits non-zero, unless `allowFailure`. No time limit: a slow machine is slow, not broken.
 * @param {string} command
 * @param {string[]} args
 * @param {Where & { allowFailure?: boolean, input?: string }} [options]
 * @returns {Promise<{ code: number, signal: NodeJS.Signals | null, stdout: string, stderr: string }>}
 */
export function run(command, args, { cwd, env, allowFailure = false, input } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: env ?? process.env, detached: true, stdio: ["pipe", "pipe", "pipe"] });
    running.add(child.pid);
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (chunk) => (stdout += chunk));
    child.stderr.setEncoding("utf8").on("data", (chunk) => (stderr += chunk));
    child.stdin.end(input);
    child.on("error", (error) => {
      running.delete(child.pid);
      reject(error);
    });
    child.on("close", (code, signal) => {
      running.delete(child.pid);
      const result = { code: code ?? 1, signal, stdout, stderr };
      if (result.code === 0 || allowFailure) resolve(result);
      else reject(new Error(`${[command, ...args].join(" ")} (in ${cwd ?? process.cwd()}) exited ${code ?? signal}\n${tail(stdout + stderr)}`));
    });
  });
}

/** The last lines of a long output: enough to see why, short enough to read. */
export const tail = (text, lines = 60) => text.trimEnd().split("\n").slice(-lines).join("\n");

/**
 * Starts a long-running command and resolves once `ready(output)` returns something truthy (that value
 * is handed back as `ready`). Rejects, with the output quoted, when it exits first or has not become
 * ready within `startupLimit` ms: a limit with room for a busy machine, never a measure of speed.
 * @template T
 * @param {string} command
 * @param {string[]} args
 * @param {Where & { ready: (output: string) => T | undefined | false | "", startupLimit?: number }} options
 * @returns {Promise<{ pid: number, ready: T, stop: () => Promise<unknown>, exited: Promise<unknown>, output: () => string }>}
 */
export function startServer(command, args, { cwd, env, ready, startupLimit = 180_000 }) {
  const child = spawn(command, args, { cwd, env: env ?? process.env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  running.add(child.pid);
  let output = "";
  const exited = new Promise((resolve) => child.once("close", resolve));
  exited.then(() => running.delete(child.pid));
  let stopping;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return exited;
      kill(child.pid, "SIGTERM");
      // a server that ignores SIGTERM still goes: the run must not leave it behind
      const force = setTimeout(() => kill(child.pid, "SIGKILL"), 10_000);
      await exited;
      clearTimeout(force);
      kill(child.pid, "SIGKILL"); // grandchildren that outlived their parent
    })());

  return new Promise((resolve, reject) => {
    let settled = false;
    const fail = async (why) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      await stop();
      reject(new Error(`${[command, ...args].join(" ")} ${why}; its output:\n${tail(output)}`));
    };
    const check = () => {
      const value = !settled && ready(output);
      if (value) {
        settled = true;
        clearTimeout(timer);
        child.stdout.off("data", onData);
        child.stderr.off("data", onData);
        // keep reading (a full pipe would block the server) and keep the output for messages
        child.stdout.on("data", (chunk) => (output += chunk));
        child.stderr.on("data", (chunk) => (output += chunk));
        resolve({ pid: child.pid, ready: value, stop, exited, output: () => output });
      }
    };
    const onData = (chunk) => {
      output += chunk;
      check();
    };
    child.stdout.setEncoding("utf8").on("data", onData);
    child.stderr.setEncoding("utf8").on("data", onData);
    child.once("error", (error) => fail(`could not start: ${error.message}`));
    exited.then((code) => fail(`exited (${code}) before it was ready`));
    const timer = setTimeout(() => fail(`was not ready within ${startupLimit / 1000} s`), startupLimit);
  });
}
