import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { startMockServer } from "@linkcard/mock";
import { eventually, firstLine, isAlive, node } from "./helpers.js";

describe("startMockServer", () => {
  test("starts Prism on a free loopback port, answers, and stop() leaves no process", async () => {
    const mock = await startMockServer();
    expect(mock.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(mock.port).toBeGreaterThan(0);
    expect(isAlive(mock.pid)).toBe(true);
    const res = await fetch(`${mock.url}/nowhere`);
    expect(res.status).toBe(404); // Prism itself, behind the front server: an unknown route
    await mock.stop();
    expect(isAlive(mock.pid)).toBe(false);
    await mock.stop(); // twice is fine
    await expect(fetch(mock.url)).rejects.toThrow();
  });

  test("two servers run side by side on different ports", async () => {
    await using a = await startMockServer();
    await using b = await startMockServer();
    expect(a.port).not.toBe(b.port);
  });

  test("`await using` stops the server at the end of the scope", async () => {
    let pid = 0;
    {
      await using mock = await startMockServer();
      pid = mock.pid;
    }
    expect(isAlive(pid)).toBe(false);
  });

  test("Prism exits when the process that started it is killed (no orphans after a crashed test run)", async () => {
    const index = fileURLToPath(new URL("../dist/index.js", import.meta.url));
    const script = `const { startMockServer } = await import(${JSON.stringify(index)});
      const mock = await startMockServer(); console.log("PID " + mock.pid);`;
    const parent = node(["--input-type=module", "-e", script]);
    const pid = Number((await firstLine(parent.child, /^PID \d+/)).slice(4));
    expect(isAlive(pid)).toBe(true);
    parent.child.kill("SIGKILL");
    await eventually(() => !isAlive(pid));
  });

  test("a port that is taken gives a clear error naming the URL", async () => {
    await using first = await startMockServer();
    await expect(startMockServer({ port: first.port })).rejects.toThrow(
      `Prism did not start on http://127.0.0.1:${first.port}`,
    );
  });

  test("invalid options are refused before anything starts, each one named", async () => {
    await expect(
      // @ts-expect-error wrong types on purpose
      startMockServer({ port: 70000, host: "", startupTimeout: -1, dynamic: "yes" }),
    ).rejects.toThrow(
      "startMockServer: port must be an integer from 0 to 65535; host must be a non-empty string; " +
        "startupTimeout must be a positive number of milliseconds; dynamic must be a boolean",
    );
  });

  test("a Prism that cannot start fails with its own output, stderr included", async () => {
    const dir = await mkdtemp(join(tmpdir(), "linkcard-mock-"));
    const spec = join(dir, "empty.yaml");
    await writeFile(spec, 'openapi: 3.1.0\ninfo: { title: empty, version: "1" }\npaths: {}\n');
    const failure = startMockServer({ spec });
    try {
      await expect(failure).rejects.toThrow(
        /^Prism did not start on http:\/\/127\.0\.0\.1:\d+: the process exited; its last output:\n/,
      );
      await expect(failure).rejects.toThrow(`linkcard-mock: Prism could not start: No operations found in ${spec}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test("onLog receives Prism's log, naming the public URL, and the front server's refusals", async () => {
    const lines: string[] = [];
    await using mock = await startMockServer({ onLog: (l) => lines.push(l) });
    // the output comes on its own pipe: it may arrive just after the mock answered
    await eventually(() => lines.some((l) => l === `Prism is listening on ${mock.url}`));
    expect(lines).toContain(`POST       ${mock.url}/v2/send/link-preview`);
    await fetch(`${mock.url}/nowhere`);
    await eventually(() => lines.some((l) => l.includes("NO_PATH_MATCHED_ERROR")));
    const malformed = { method: "POST", headers: { "content-type": "application/json" }, body: "{" };
    await fetch(`${mock.url}/v2/send/link-preview`, { ...malformed, signal: AbortSignal.timeout(10_000) });
    await eventually(() => lines.some((l) => l.includes("POST /v2/send/link-preview → 400 Malformed JSON body")));
  });

  test("the mock's log names no other address than its public one", async () => {
    const lines: string[] = [];
    await using mock = await startMockServer({ onLog: (l) => lines.push(l) });
    await fetch(`${mock.url}/v2/send/link-preview`, { method: "POST", headers: { "content-type": "application/json" }, body: "{}" });
    await eventually(() => lines.some((l) => l.includes("Violation")));
    const addresses = lines.flatMap((l) => l.match(/https?:\/\/[\d.:[\]]+/g) ?? []);
    expect(new Set(addresses)).toEqual(new Set([mock.url]));
  });
});
