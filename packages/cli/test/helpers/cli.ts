// Runs the built bin as its users do: `node dist/bin.js …` in a child process, with only the environment
// given (no WAWP_* from the machine running the tests).
import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

export interface Result {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** The environment of a run: PATH and HOME, and what the test gives. */
const envOf = (env: Record<string, string>) => ({ PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env });

/** Starts `linkcard <args>`; `done` resolves when it exits. */
export function start(args: string[], env: Record<string, string> = {}, cwd?: string): { child: ChildProcess; done: Promise<Result>; output: () => string } {
  const child = spawn(process.execPath, [BIN, ...args], { env: envOf(env), cwd });
  let stdout = "";
  let stderr = "";
  child.stdout!.on("data", (c) => (stdout += c));
  child.stderr!.on("data", (c) => (stderr += c));
  const done = new Promise<Result>((resolve) => child.on("close", (code) => resolve({ code, stdout, stderr })));
  return { child, done, output: () => stdout + stderr };
}

/** Runs `linkcard <args>` to its end. */
export const linkcard = (args: string[], env: Record<string, string> = {}, cwd?: string) => start(args, env, cwd).done;
