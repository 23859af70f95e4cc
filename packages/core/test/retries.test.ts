// Retries against a real local HTTP server: at-most-once unless the caller opts in to at-least-once.
import { afterEach, describe, expect, test } from "vitest";
import {
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError,
} from "../src/index.js";
import { client, countingFetch, message, params } from "./helpers/fixtures.js";
import { freePort } from "@linkcard/mock";
import { drop, hang, json, startServer, startServerOn } from "./helpers/server.js";

const servers: Array<{ close(): Promise<void> }> = [];
const serve = async (...handlers: Parameters<typeof startServer>) => {
  const server = await startServer(...handlers);
  servers.push(server);
  return server;
};
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const rateLimited = (retryAfter: string) => json(429, { status: 429, message: "slow down" }, { "Retry-After": retryAfter });

describe("429 and 503: the API did not take the message, so they are retried", () => {
  test("429 + Retry-After: 1 → waits at least a second, then succeeds", async () => {
    const server = await serve(rateLimited("1"), json(200, message));
    const sent = await client({ baseUrl: server.url }).sendLinkPreview(params);
    expect(sent).toEqual(message);
    expect(server.seen).toHaveLength(2);
    // a lower bound only: the delay was honoured (it can only be longer on a slow machine)
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(990);
  });

  test("Retry-After as an HTTP date is honoured too", async () => {
    const server = await serve(
      (req, res, i) => rateLimited(new Date(Date.now() + 2000).toUTCString())(req, res, i),
      json(200, message),
    );
    await client({ baseUrl: server.url }).sendLinkPreview(params);
    // HTTP dates have whole seconds: 2 s ahead, truncated, is more than 1 s ahead
    expect(server.seen[1]!.at - server.seen[0]!.at).toBeGreaterThanOrEqual(990);
  });

  test("each retry says which retry it is; the first attempt carries no count", async () => {
    const server = await serve(json(503, {}), json(503, {}), json(200, message));
    await client({ baseUrl: server.url }).sendLinkPreview(params);
    expect(server.seen.map((s) => s.headers["x-linkcard-retry-count"])).toEqual([undefined, "1", "2"]);
    // the same body every time: the same message, not a new one
    expect(new Set(server.seen.map((s) => s.body)).size).toBe(1);
  });

  test("gives up after maxRetries with the last error", async () => {
    const server = await serve(json(503, { message: "busy" }));
    const error = await client({ baseUrl: server.url, maxRetries: 1 }).sendLinkPreview(params).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(error.status).toBe(503);
    expect(server.seen).toHaveLength(2);
  });

  test("a Retry-After beyond 60 s is not waited for: the error comes back at once, with retryAfter", async () => {
    const server = await serve(rateLimited("120"), json(200, message));
    const error = await client({ baseUrl: server.url }).sendLinkPreview(params).catch((e) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect(error.retryAfter).toBe(120_000);
    expect(server.seen).toHaveLength(1);
  });

  test("maxRetries: 0 sends once", async () => {
    const server = await serve(json(503, {}), json(200, message));
    await expect(client({ baseUrl: server.url, maxRetries: 0 }).sendLinkPreview(params)).rejects.toThrow("503");
    expect(server.seen).toHaveLength(1);
  });
});

describe("500, 502, 504, timeouts and dropped connections may have sent the message", () => {
  test.each([500, 502, 504])("%i: one request under at-most-once (the default)", async (status) => {
    const server = await serve(json(status, { message: "boom" }), json(200, message));
    const error = await client({ baseUrl: server.url }).sendLinkPreview(params).catch((e) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.seen).toHaveLength(1);
  });

  test.each([500, 502, 504])("%i: retried under at-least-once", async (status) => {
    const server = await serve(json(status, { message: "boom" }), json(200, message));
    const sent = await client({ baseUrl: server.url, delivery: "at-least-once" }).sendLinkPreview(params);
    expect(sent).toEqual(message);
    expect(server.seen).toHaveLength(2);
  });

  test("delivery can be chosen per call", async () => {
    const server = await serve(json(500, {}), json(200, message));
    await client({ baseUrl: server.url }).sendLinkPreview(params, { delivery: "at-least-once" });
    expect(server.seen).toHaveLength(2);
  });

  test("a slow response → APITimeoutError, not retried", async () => {
    const server = await serve(hang, json(200, message));
    const error = await client({ baseUrl: server.url, timeout: 200 }).sendLinkPreview(params).catch((e) => e);
    expect(error).toBeInstanceOf(APITimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain("No response within 200 ms");
    expect(server.seen).toHaveLength(1);
  });

  test("a per-call timeout overrides the client's; at-least-once retries a timeout", async () => {
    const server = await serve(hang, json(200, message));
    const sent = await client({ baseUrl: server.url }).sendLinkPreview(params, {
      timeout: 200,
      delivery: "at-least-once",
    });
    expect(sent).toEqual(message);
    expect(server.seen).toHaveLength(2);
  });

  test("a connection dropped after sending → APIConnectionError, not retried", async () => {
    const server = await serve(drop, json(200, message));
    const error = await client({ baseUrl: server.url }).sendLinkPreview(params).catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).not.toBeInstanceOf(APITimeoutError);
    // what happened is in the message, not only two causes down
    expect(error.message).toBe(`Connection to ${server.url} failed: UND_ERR_SOCKET: other side closed`);
    expect(server.seen).toHaveLength(1);
  });
});

describe("a refused connection never sent anything, so it is retried", () => {
  test("refused, then the server comes up → the retry succeeds", async () => {
    const port = await freePort("127.0.0.1");
    const counter = countingFetch();
    let server: Awaited<ReturnType<typeof startServerOn>> | undefined;
    // bring a server up on that port once the first attempt has been refused
    const fetchThenListen: typeof fetch = async (input, init) => {
      try {
        return await counter.fetch(input, init);
      } catch (error) {
        server ??= await startServerOn(port, json(200, message));
        servers.push(server);
        throw error;
      }
    };
    const sent = await client({ baseUrl: `http://127.0.0.1:${port}`, fetch: fetchThenListen }).sendLinkPreview(params);
    expect(sent).toEqual(message);
    expect(counter.calls).toBe(2);
    expect(server?.seen).toHaveLength(1);
  });

  test("refused every time → APIConnectionError after maxRetries", async () => {
    const port = await freePort("127.0.0.1");
    const counter = countingFetch();
    const error = await client({ baseUrl: `http://127.0.0.1:${port}`, fetch: counter.fetch, maxRetries: 1 })
      .sendLinkPreview(params)
      .catch((e) => e);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toContain(`Connection to http://127.0.0.1:${port} failed: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${port}`);
    expect(counter.calls).toBe(2);
  });
});

test("an unknown host says so in the message", async () => {
  const error = await client({ baseUrl: "http://linkcard-test.invalid", maxRetries: 0 }).sendLinkPreview(params).catch((e) => e);
  expect(error).toBeInstanceOf(APIConnectionError);
  expect(error.message).toMatch(/^Connection to http:\/\/linkcard-test\.invalid failed: (ENOTFOUND|EAI_AGAIN): getaddrinfo/);
});

describe("abort", () => {
  test("abort mid-flight → APIUserAbortError, one request", async () => {
    const controller = new AbortController();
    // aborted once the request has arrived, and never answered
    const server = await serve(() => controller.abort());
    const error = await client({ baseUrl: server.url })
      .sendLinkPreview(params, { signal: controller.signal })
      .catch((e) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(1);
  });

  test("abort while waiting to retry → APIUserAbortError, no further request", async () => {
    const controller = new AbortController();
    const answer = rateLimited("30");
    // aborted a moment after the 429 is answered, while the client waits its 30 s
    const server = await serve((req, res, index) => (answer(req, res, index), setTimeout(() => controller.abort(), 200)), json(200, message));
    const pending = client({ baseUrl: server.url }).sendLinkPreview(params, { signal: controller.signal });
    await expect(pending).rejects.toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(1);
  });

  test("an already aborted signal sends nothing", async () => {
    const counter = countingFetch();
    const server = await serve(json(200, message));
    const error = await client({ baseUrl: server.url, fetch: counter.fetch })
      .sendLinkPreview(params, { signal: AbortSignal.abort() })
      .catch((e) => e);
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.seen).toHaveLength(0);
  });
});
