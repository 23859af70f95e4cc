// `npm start`'s last step: the docs server prints its URLs, serves the site and the proxy, and Ctrl+C
// (SIGINT) stops it and its mock, leaving no process and no open port behind.
import { fileURLToPath } from "node:url";
import { spawn } from "node:child_process";
import { expect, test } from "vitest";

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

test("prints the URLs, serves, and SIGINT stops everything", async () => {
  const server = spawn(process.execPath, ["server.mjs", "--port", "0"], { cwd: fileURLToPath(new URL("..", import.meta.url)), stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  server.stdout.setEncoding("utf8").on("data", (chunk: string) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => server.once("exit", (code) => resolve(code)));
  while (!/proxy .*\(to the mock at (http:\/\/[\d.:]+)\)/.test(output)) {
    if (server.exitCode !== null) throw new Error(`exited early: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const site = /linkcard docs on (http:\/\/[\d.:]+)/.exec(output)![1]!;
  const mock = /to the mock at (http:\/\/[\d.:]+)/.exec(output)![1]!;
  for (const path of ["/reference/", "/playground/", "/testing/", "/campaigns/"]) expect(output).toContain(`${site}${path}`);
  for (const path of ["/playground/", "/campaigns/"]) expect((await fetch(`${site}${path}`)).status, path).toBe(200);
  const sent = await fetch(`${site}/api/linkcard/v2/send/link-preview`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ chatId: "201234567890", url: "https://wawp.net" }),
  });
  expect(sent.status).toBe(200);

  server.kill("SIGINT");
  expect(await exited).toBe(0);
  await expect(fetch(site)).rejects.toThrow();
  await expect(fetch(mock)).rejects.toThrow();
  expect(alive(server.pid!)).toBe(false);
});
