import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";

/** Whether a process with this id still exists. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until `check` holds, or fails after `ms`: long enough for a busy machine, short of the test timeout. */
export async function eventually(check: () => boolean | Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Runs a node process and resolves with the first stdout line matching `pattern`. */
export async function firstLine(child: ChildProcess, pattern: RegExp): Promise<string> {
  let seen = "";
  child.stdout?.setEncoding("utf8");
  for await (const chunk of child.stdout!) {
    seen += chunk;
    const line = seen.split("\n").find((l) => pattern.test(l));
    if (line) return line;
  }
  throw new Error(`process ended before printing ${pattern}: ${seen}`);
}

/** Spawns `node args...`, collecting stdout and stderr. */
export function node(args: string[]) {
  const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr += c));
  const exit = once(child, "exit").then(([code]) => code as number | null);
  return { child, exit, stderr: () => stderr };
}
