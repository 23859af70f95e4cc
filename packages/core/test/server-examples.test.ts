// The README's proxy setup, as files in examples/: the route handler with authorize and a per-user rate
// limit, and the same in Express. Each runs here against the mock, through the published entry point.
import { readFileSync } from "node:fs";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, inject, test, vi } from "vitest";
import { message, params } from "./helpers/fixtures.js";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");
const signedIn = { "content-type": "application/json", cookie: "session=demo-session" };

let POST: (request: Request) => Promise<Response>;
beforeAll(async () => {
  // the server's environment: the example reads its credentials from it
  vi.stubEnv("WAWP_INSTANCE_ID", "123456789");
  vi.stubEnv("WAWP_ACCESS_TOKEN", "tok_example_Xq81LmPz");
  vi.stubEnv("WAWP_BASE_URL", inject("mockUrl"));
  ({ POST } = await import("../examples/proxy-route.mjs"));
});
afterAll(() => {
  vi.unstubAllEnvs();
});

test("the README shows the examples as they are", () => {
  const readme = read("../../../README.md");
  for (const file of ["proxy-route.mjs", "rate-limit.mjs", "proxy-express.mjs"]) expect(readme).toContain(read(`../examples/${file}`));
});

describe("the route handler", () => {
  const send = (headers: Record<string, string>) =>
    POST(new Request("http://app.local/api/linkcard/v2/send/link-preview", { method: "POST", headers, body: JSON.stringify(params) }));

  test("a signed-in user sends a card; no session → 401; the 6th card in a minute → the app's own 429", async () => {
    const ok = await send(signedIn);
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual(message);
    expect((await send({ "content-type": "application/json" })).status).toBe(401);
    for (let i = 0; i < 4; i++) expect((await send(signedIn)).status).toBe(200);
    const limited = await send(signedIn);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(await limited.json()).toMatchObject({ code: "app_rate_limited" });
  });
});

describe("the same in Express", () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    const { app } = await import("../examples/proxy-express.mjs");
    server = await new Promise<Server>((resolve) => {
      const listening: Server = app.listen(0, "127.0.0.1", () => resolve(listening));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/linkcard/v2/send/link-preview`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  test("sends through toNodeListener; refusals come back as they should", async () => {
    // a different user would be limited separately; alice has used her 5 cards above, so this one is limited
    const limited = await fetch(url, { method: "POST", headers: signedIn, body: JSON.stringify(params) });
    expect(limited.status).toBe(429);
    const anonymous = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(params) });
    expect(anonymous.status).toBe(401);
    expect((await fetch(url, { method: "POST", headers: { "content-type": "text/plain" }, body: "x" })).status).toBe(415);
  });
});
