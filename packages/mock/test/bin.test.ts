import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { firstLine, node } from "./helpers.js";

const bin = fileURLToPath(new URL("../dist/bin.js", import.meta.url));

describe("linkcard-mock", () => {
  test("serves until SIGTERM, then exits 0 and frees the port", async () => {
    const run = node([bin, "--port", "0", "--quiet"]);
    const line = await firstLine(run.child, /listening on/);
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(line)![0];
    const res = await fetch(`${url}/v2/send/link-preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ instance_id: "1", access_token: "t", chatId: "201234567890", url: "https://wawp.net" }),
    });
    expect(res.status).toBe(200);
    run.child.kill("SIGTERM");
    expect(await run.exit).toBe(0);
    await expect(fetch(url)).rejects.toThrow();
  });

  test("bad flags exit 2 and name every violation", async () => {
    const run = node([bin, "--port", "http", "--host", ""]);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain("--port must be an integer from 0 to 65535");
    expect(run.stderr()).toContain("--host must be a non-empty string");
    expect(run.stderr()).toContain("Usage: linkcard-mock");
  });

  test("an unknown flag exits 2 and names it", async () => {
    const run = node([bin, "--prot", "4010"]);
    expect(await run.exit).toBe(2);
    expect(run.stderr()).toContain("'--prot'");
  });
});
