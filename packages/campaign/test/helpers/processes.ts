import { type ChildProcess, spawn } from "node:child_process";

/** A node script in its own process; resolves once it printed `ready`. */
export async function startScript(script: string, env: Record<string, string>) {
  const child: ChildProcess = spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stdout!.on("data", (c) => (output += c));
  child.stderr!.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    const check = () => output.includes("ready") && resolve();
    child.stdout!.on("data", check);
    child.on("exit", (code) => reject(new Error(`${script} exited ${code} before it was ready:\n${output}`)));
  });
  return { child, exited, output: () => output };
}

/** Polls `condition` (every 50 ms) until it holds; fails after `limitMs`, quoting `explain()`. */
export async function until(condition: () => Promise<boolean> | boolean, limitMs: number, explain: () => unknown = () => ""): Promise<void> {
  const end = Date.now() + limitMs;
  while (!(await condition())) {
    if (Date.now() > end) throw new Error(`gave up waiting after ${limitMs} ms: ${JSON.stringify(explain())}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
