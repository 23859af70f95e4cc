// The proxy behind a real node:http server, in front of the Prism mock (or a scripted upstream): every
// refusal happens before any upstream call, the API's answers are relayed, and the token shows nowhere.
import { type Server, createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { inspect } from "node:util";
import { afterEach, describe, expect, inject, test } from "vitest";
import { freePort } from "@linkcard/mock";
import { APIError, InternalServerError, ProxyError, RateLimitError, ValidationError, createClient } from "../src/index.js";
import { MAX_BODY_BYTES, type ProxyOptions, createProxyHandler, toNodeListener } from "../src/server/index.js";
import { INSTANCE, TOKEN, errorExample, message, params } from "./helpers/fixtures.js";
import { drop, hang, json, raw, startServer } from "./helpers/server.js";

const mockUrl = inject("mockUrl");
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  await Promise.all(closers.splice(0).map((close) => close()));
});

/** Starts the proxy on a loopback port; every log line it writes is kept, rendered as a logger would see it. */
async function startProxy(options: Partial<ProxyOptions> = {}) {
  const lines: string[] = [];
  const capture = (...args: unknown[]) => void lines.push(inspect(args, { depth: Infinity, showHidden: true }));
  const handler = createProxyHandler({
    instanceId: INSTANCE,
    accessToken: TOKEN,
    baseUrl: mockUrl,
    authorize: () => true,
    logger: { error: capture, warn: capture, info: capture, debug: capture },
    logLevel: "debug",
    ...options,
  });
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  closers.push(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  // the page's client posts to `${baseUrl}/v2/send/link-preview`
  return { base: `${origin}/api/linkcard`, url: `${origin}/api/linkcard/v2/send/link-preview`, origin, lines };
}

/** An upstream that counts what reaches it: the refusals must not. */
async function countingUpstream() {
  const upstream = await startServer(json(200, message));
  closers.push(() => upstream.close());
  return upstream;
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

/** Everything a browser could see of a response. */
const seen = async (res: Response) => `${res.status} ${JSON.stringify([...res.headers])} ${await res.text()}`;

describe("refusals, before any upstream call, in the error body shape with proxy_ codes", () => {
  test("another path → 404: the proxy serves only the operation's", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    for (const path of ["/api/linkcard", "/api/linkcard/v2/send/text", "/admin"]) {
      const res = await post(`${proxy.origin}${path}`, params);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ code: "proxy_not_found" });
    }
    expect(upstream.seen).toHaveLength(0);
  });

  test.each([
    ["GET", 405, "proxy_method_not_allowed"],
    ["PUT", 405, "proxy_method_not_allowed"],
    ["DELETE", 405, "proxy_method_not_allowed"],
  ])("%s → %i with Allow: POST", async (method, status, code) => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const res = await fetch(proxy.url, { method });
    expect(res.status).toBe(status);
    expect(res.headers.get("allow")).toBe("POST");
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect(await res.json()).toMatchObject({ status, code });
    expect(upstream.seen).toHaveLength(0);
  });

  test.each(["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", ""])(
    "content type %j → 415 (a cross-site form can send none but these)",
    async (type) => {
      const upstream = await countingUpstream();
      const proxy = await startProxy({ baseUrl: upstream.url });
      const res = await fetch(proxy.url, { method: "POST", headers: type ? { "content-type": type } : {}, body: JSON.stringify(params) });
      expect(res.status).toBe(415);
      expect(await res.json()).toMatchObject({ code: "proxy_unsupported_media_type" });
      expect(upstream.seen).toHaveLength(0);
    },
  );

  test("an Origin that is neither the request's own nor allowed → 403; own, allowed or none → sent", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url, allowedOrigins: ["https://app.example.com"] });
    for (const origin of ["https://evil.example", "null", "http://127.0.0.1:1"]) {
      const res = await post(proxy.url, params, { origin });
      expect(res.status, origin).toBe(403);
      expect(await res.json()).toMatchObject({ code: "proxy_origin_not_allowed" });
    }
    expect(upstream.seen).toHaveLength(0);
    for (const origin of [proxy.origin, "https://app.example.com", undefined]) {
      const res = await post(proxy.url, params, origin ? { origin } : {});
      expect(res.status, origin).toBe(200);
    }
    expect(upstream.seen).toHaveLength(3);
  });

  test("an allowed origin gets CORS headers, and its preflight is answered", async () => {
    const proxy = await startProxy({ allowedOrigins: ["https://app.example.com"] });
    const preflight = await fetch(proxy.url, {
      method: "OPTIONS",
      headers: { origin: "https://app.example.com", "access-control-request-method": "POST", "access-control-request-headers": "content-type" },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(preflight.headers.get("access-control-allow-methods")).toBe("POST");
    const res = await post(proxy.url, params, { origin: "https://app.example.com" });
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    // a page of another origin gets no preflight: its browser will not send
    const other = await fetch(proxy.url, { method: "OPTIONS", headers: { origin: "https://evil.example" } });
    expect(other.status).toBe(405);
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
  });

  test("a body declared over 64 KB → 413 at once", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const res = await post(proxy.url, { ...params, text: "x".repeat(MAX_BODY_BYTES) });
    expect(res.status).toBe(413);
    expect(await res.json()).toMatchObject({ code: "proxy_body_too_large" });
    expect(upstream.seen).toHaveLength(0);
  });

  test("a streamed body over 64 KB → 413 while the client is still sending: it is not read to the end", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const { hostname, port, pathname } = new URL(proxy.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest({ hostname, port, path: pathname, method: "POST", headers: { "content-type": "application/json" } });
      req.on("response", (res) => {
        resolve(res.statusCode as number);
        req.destroy();
      });
      req.on("error", reject);
      // 80 KB and no end: a proxy that waited for the whole body would never answer
      req.write(`{"text":"${"x".repeat(80 * 1024)}`);
    });
    expect(status).toBe(413);
    expect(upstream.seen).toHaveLength(0);
  });

  test("malformed JSON → 400 proxy_malformed_json", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    for (const body of ['{"chatId":', "not json", ""]) {
      const res = await post(proxy.url, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ status: 400, code: "proxy_malformed_json" });
    }
    expect(upstream.seen).toHaveLength(0);
  });

  test("credentials in the body → 400 proxy_credentials_in_body", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    for (const extra of [{ access_token: "mine" }, { instance_id: "other" }]) {
      const res = await post(proxy.url, { ...params, ...extra });
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ code: "proxy_credentials_in_body" });
    }
    expect(upstream.seen).toHaveLength(0);
  });

  test("a body that fails validation → 400 listing every violation", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const res = await post(proxy.url, { url: "ftp://x", text: 5 });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.code).toBe("proxy_invalid_params");
    expect(body.issues).toEqual([
      { path: "chatId", message: "is required" },
      { path: "url", message: "must be an http(s) URL with a host and no spaces" },
      { path: "text", message: "must be a string" },
    ]);
    expect(body.message).toContain("chatId is required");
    expect(upstream.seen).toHaveLength(0);
  });
});

describe("authorize", () => {
  test("is required: no default lets anyone send", () => {
    expect(() => createProxyHandler({ instanceId: INSTANCE, accessToken: TOKEN } as ProxyOptions)).toThrow(
      /authorize is required: a function that returns true, false or a Response/,
    );
  });

  test("false → 401 proxy_unauthorized; anything but true is a no", async () => {
    const upstream = await countingUpstream();
    for (const verdict of [false, undefined, "yes", 1]) {
      const proxy = await startProxy({ baseUrl: upstream.url, authorize: () => verdict as never });
      const res = await post(proxy.url, params);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ status: 401, code: "proxy_unauthorized" });
    }
    expect(upstream.seen).toHaveLength(0);
  });

  test("a Response is returned as is: how an app plugs in its own rate limiter", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({
      baseUrl: upstream.url,
      authorize: async () => new Response("slow down", { status: 429, headers: { "retry-after": "7", "x-mine": "1" } }),
    });
    const res = await post(proxy.url, params);
    expect(res.status).toBe(429);
    expect(res.headers.get("x-mine")).toBe("1");
    expect(await res.text()).toBe("slow down");
    expect(upstream.seen).toHaveLength(0);
  });

  test("sees the request and the validated params, and cannot see the credentials", async () => {
    const calls: unknown[] = [];
    const proxy = await startProxy({
      authorize: (request, sent) => (calls.push([request.headers.get("cookie"), sent]), true),
    });
    expect((await post(proxy.url, params, { cookie: "session=abc" })).status).toBe(200);
    expect(calls).toEqual([["session=abc", params]]);
  });

  test("one that throws → 500 that says nothing more; the error is logged, without the token", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({
      baseUrl: upstream.url,
      authorize: () => {
        throw new Error(`session store down (token ${TOKEN})`);
      },
    });
    const res = await post(proxy.url, params);
    expect(res.status).toBe(500);
    expect(await res.json()).toEqual({ status: 500, error: "Internal Server Error", message: "Internal error", code: "proxy_authorize_failed" });
    expect(proxy.lines.some((line) => line.includes("session store down"))).toBe(true);
    expect(proxy.lines.filter((line) => line.includes(TOKEN))).toEqual([]);
    expect(upstream.seen).toHaveLength(0);
  });

  test("one that never settles → 500 proxy_authorize_timeout after authorizeTimeout, and nothing is sent", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url, authorize: () => new Promise<boolean>(() => {}), authorizeTimeout: 200 });
    const res = await post(proxy.url, params);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ code: "proxy_authorize_timeout" });
    expect(upstream.seen).toHaveLength(0);
  });
});

describe("one attempt, relayed", () => {
  test("success: the Message, with X-Request-Id and Cache-Control: no-store; credentials injected", async () => {
    const proxy = await startProxy();
    const res = await post(proxy.url, params);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(message);
    expect(res.headers.get("x-request-id")).toBe("req_01JDWX8Z2K7QY3M5N9P4R6T8V0");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  test("the credentials the upstream receives are the server's", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    await post(proxy.url, params);
    expect(JSON.parse(upstream.seen[0]!.body)).toEqual({ ...params, instance_id: INSTANCE, access_token: TOKEN });
  });

  test.each([401, 429, 500, 503])("upstream %i is relayed with its status and body (Retry-After too)", async (status) => {
    const proxy = await startProxy({ forwardHeaders: ["prefer"] });
    const res = await post(proxy.url, params, { prefer: `code=${status}` });
    expect(res.status).toBe(status);
    expect(await res.json()).toEqual(errorExample(status));
    if (status === 429 || status === 503) expect(res.headers.get("retry-after")).toBe("30");
    expect(res.headers.get("cache-control")).toBe("no-store");
  });

  test("a 503 with Retry-After is relayed at once: the proxy makes one attempt and never waits", async () => {
    const upstream = await startServer(json(503, { status: 503, message: "busy" }, { "retry-after": "30" }));
    closers.push(() => upstream.close());
    const proxy = await startProxy({ baseUrl: upstream.url });
    const res = await post(proxy.url, params);
    expect(res.status).toBe(503);
    expect(res.headers.get("retry-after")).toBe("30");
    expect(upstream.seen).toHaveLength(1);
  });

  test("headers not listed in forwardHeaders do not reach the API", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url, forwardHeaders: ["prefer"] });
    await post(proxy.url, params, { prefer: "code=429", cookie: "session=abc", authorization: "Bearer user" });
    expect(upstream.seen[0]!.headers.prefer).toBe("code=429");
    expect(upstream.seen[0]!.headers.cookie).toBeUndefined();
    expect(upstream.seen[0]!.headers.authorization).toBeUndefined();
  });

  test("no answer from the API gets a code of its own, each saying whether the card may have been sent, none naming the upstream", async () => {
    const cases: Array<[Parameters<typeof startServer>[0] | null, number, string]> = [
      [raw(307, "", { location: "https://evil.example/" }), 502, "proxy_upstream_redirect"],
      [json(200, { status: "error" }), 502, "proxy_bad_upstream_response"],
      [hang, 504, "proxy_upstream_timeout"],
      [drop, 502, "proxy_upstream_dropped"],
      [null, 502, "proxy_upstream_unreachable"],
    ];
    for (const [handler, status, code] of cases) {
      const upstream = handler ? await startServer(handler) : undefined;
      if (upstream) closers.push(() => upstream.close());
      const target = upstream?.url ?? `http://127.0.0.1:${await freePort("127.0.0.1")}`;
      // room for the quick cases on a busy machine; only the hanging upstream waits it out
      const proxy = await startProxy({ baseUrl: target, timeout: 3_000 });
      const res = await post(proxy.url, params);
      expect(res.status, code).toBe(status);
      const body = await res.json();
      expect(body, code).toMatchObject({ status, code });
      expect(body.message, code).toMatch(code === "proxy_upstream_unreachable" || code === "proxy_upstream_redirect" ? /nothing was sent/ : /may have been sent/);
      expect(JSON.stringify(body), code).not.toContain(new URL(target).host);
      // the server's own log has the whole story
      expect(proxy.lines.some((line) => line.includes(code === "proxy_upstream_redirect" ? "redirect" : "Error"))).toBe(true);
    }
  });

  test("an answer over the size limit is not read: its status is relayed with a small body", async () => {
    const upstream = await startServer((_req, res) => {
      res.writeHead(500, { "content-type": "application/json" });
      res.end(`{"message":"${"x".repeat(9 * 1024 * 1024)}"}`);
    });
    closers.push(() => upstream.close());
    const proxy = await startProxy({ baseUrl: upstream.url });
    const res = await post(proxy.url, params);
    expect(res.status).toBe(500);
    const body = await res.json();
    expect(body.message).toMatch(/body over 8388608 bytes, not read/);
    expect(JSON.stringify(body).length).toBeLessThan(1000);
  });
});

describe("the token appears in no response and no log line", () => {
  // an upstream that echoes the request, token included, in its body and its headers
  test.each([200, 400, 429, 500, 307])("upstream %i echoing it", async (status) => {
    const upstream = await startServer((req, res) => {
      const body = upstream.seen.at(-1)!.body;
      res.writeHead(status, { "content-type": "application/json", "x-request-id": TOKEN, "retry-after": "1", location: `https://x/?t=${TOKEN}` });
      res.end(status === 200 ? JSON.stringify({ ...message, body, _data: { ...message._data, echo: body } }) : JSON.stringify({ message: `bad ${TOKEN}`, request: JSON.parse(body) }));
    });
    closers.push(() => upstream.close());
    const proxy = await startProxy({ baseUrl: upstream.url });
    const shown = await seen(await post(proxy.url, params));
    expect(shown).not.toContain(TOKEN);
    expect(proxy.lines.filter((line) => line.includes(TOKEN))).toEqual([]);
  });

  test("nor in any refusal", async () => {
    const proxy = await startProxy();
    for (const res of [
      await fetch(proxy.url),
      await post(proxy.url, params, { origin: "https://evil.example" }),
      await post(proxy.url, "{"),
      await post(proxy.url, { ...params, access_token: TOKEN }),
    ])
      expect(await seen(res)).not.toContain(TOKEN);
  });
});

describe("the page's client, createClient({ proxy })", () => {
  test("sends through the proxy and resolves to the Message", async () => {
    const proxy = await startProxy();
    const page = createClient({ proxy: proxy.base });
    expect(await page.sendLinkPreview(params)).toEqual(message);
  });

  test("the API's answers are API errors; the proxy's own are ProxyErrors, never an API error class", async () => {
    const proxy = await startProxy({ forwardHeaders: ["prefer"], authorize: (request) => request.headers.get("x-user") !== "banned" });
    const page = createClient({ proxy: proxy.base, maxRetries: 0 });
    const limited = await page.sendLinkPreview(params, { headers: { prefer: "code=429" } }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(RateLimitError);
    expect((limited as RateLimitError).retryAfter).toBe(30_000);
    const failed = await page.sendLinkPreview(params, { headers: { prefer: "code=500" } }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InternalServerError);
    const refused = await page.sendLinkPreview(params, { headers: { "x-user": "banned" } }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ProxyError);
    expect(refused).not.toBeInstanceOf(APIError);
    expect(refused).toMatchObject({ status: 401, code: "proxy_unauthorized", mayHaveBeenSent: false });
    const foreign = await createClient({ proxy: proxy.base, headers: { origin: "https://evil.example" } })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);
    expect(foreign).toMatchObject({ name: "ProxyError", status: 403, code: "proxy_origin_not_allowed" });
    const credential = await page.sendLinkPreview({ ...params, access_token: "x" } as never).catch((e: unknown) => e);
    expect(credential).toBeInstanceOf(ValidationError);
  });

  test("one click during 503s makes 1 + maxRetries upstream attempts, no more", async () => {
    const upstream = await startServer(json(503, { status: 503, message: "busy" }, { "retry-after": "0" }));
    closers.push(() => upstream.close());
    const proxy = await startProxy({ baseUrl: upstream.url });
    const error = await createClient({ proxy: proxy.base, maxRetries: 2 })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InternalServerError);
    expect(upstream.seen).toHaveLength(3);
  });

  test("a connection dropped after the request went out is 'may have been sent' end to end, and not retried", async () => {
    const upstream = await startServer(drop);
    closers.push(() => upstream.close());
    const proxy = await startProxy({ baseUrl: upstream.url });
    const error = await createClient({ proxy: proxy.base, maxRetries: 2 })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ProxyError", code: "proxy_upstream_dropped", mayHaveBeenSent: true });
    expect(upstream.seen).toHaveLength(1);
  });

  test("an unreachable API is 'not sent', so the page retries it", async () => {
    const port = await freePort("127.0.0.1");
    const proxy = await startProxy({ baseUrl: `http://127.0.0.1:${port}` });
    let calls = 0;
    const error = await createClient({ proxy: proxy.base, maxRetries: 1, fetch: ((input, init) => (calls++, fetch(input, init))) as typeof fetch })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ProxyError", code: "proxy_upstream_unreachable", mayHaveBeenSent: false });
    expect(calls).toBe(2);
  });

  test("a client-side ValidationError sends nothing", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const error = await createClient({ proxy: proxy.base })
      .sendLinkPreview({ chatId: "alice", url: "https://wawp.net" })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(upstream.seen).toHaveLength(0);
  });

  test("a 400 from the proxy is a ProxyError whose body names each violation", async () => {
    const proxy = await startProxy();
    const res = await post(proxy.url, { chatId: "x" });
    expect(res.status).toBe(400);
    const error = await createClient({ proxy: proxy.base, fetch: async () => res.clone() })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProxyError);
    expect((error as ProxyError).body).toMatchObject({ code: "proxy_invalid_params", issues: [{ path: "url" }, { path: "chatId" }] });
  });

  test("a path with no page to resolve it (server rendering): creating works, a send says why it cannot", async () => {
    const ssr = createClient({ proxy: "/api/linkcard" });
    const error = await ssr.sendLinkPreview(params).catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/^Connection to \/api\/linkcard failed: .*(Invalid URL|parse URL)/);
  });
});

describe("createProxyHandler's options", () => {
  test("every bad one is named: credentials, unknown names (with the closest), the proxy's own", () => {
    let error: unknown;
    try {
      createProxyHandler({ instanceId: "", authorise: () => true, allowedOrigins: ["*"], forwardHeaders: ["bad name"], maxRetries: 2 } as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path).sort()).toEqual(
      ["accessToken", "allowedOrigins", "authorise", "authorize", "forwardHeaders", "instanceId", "maxRetries"].sort(),
    );
    expect((error as ValidationError).issues).toContainEqual({ path: "authorise", message: "is not an option; did you mean `authorize`?" });
  });

  test("null is a ValidationError", () => {
    expect(() => createProxyHandler(null as never)).toThrow(ValidationError);
  });

  test("forwardHeaders may not name a header the proxy sets itself", () => {
    for (const name of ["content-type", "Content-Length", "host", "transfer-encoding"])
      expect(() => createProxyHandler({ instanceId: INSTANCE, accessToken: TOKEN, authorize: () => true, forwardHeaders: [name] })).toThrow(
        "forwardHeaders must be an array of header names, none of content-type, content-length, host or a hop-by-hop header (the proxy sets those)",
      );
  });
});

describe("origins", () => {
  test("are compared by scheme, host and port", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const { host, port } = new URL(proxy.origin);
    for (const origin of [`https://${host}`, `http://127.0.0.1:${Number(port) + 1}`, "http://localhost", "null"]) {
      const res = await post(proxy.url, params, { origin });
      expect(res.status, origin).toBe(403);
    }
    expect(upstream.seen).toHaveLength(0);
  });

  test("Sec-Fetch-Site must agree: a cross-site or same-site request is refused unless its origin is allowed", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url, allowedOrigins: ["https://app.example.com"] });
    expect((await post(proxy.url, params, { "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect((await post(proxy.url, params, { "sec-fetch-site": "same-site", origin: proxy.origin })).status).toBe(403);
    expect(upstream.seen).toHaveLength(0);
    expect((await post(proxy.url, params, { "sec-fetch-site": "same-origin", origin: proxy.origin })).status).toBe(200);
    expect((await post(proxy.url, params, { "sec-fetch-site": "cross-site", origin: "https://app.example.com" })).status).toBe(200);
    expect(upstream.seen).toHaveLength(2);
  });

  test("X-Forwarded-Host does not make a foreign Origin the request's own", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const res = await post(proxy.url, params, { origin: "https://evil.example", "x-forwarded-host": "evil.example" });
    expect(res.status).toBe(403);
    expect(upstream.seen).toHaveLength(0);
  });
});

describe("through toNodeListener", () => {
  test("a chunked body over 64 KB: a 413, and the server lives on", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const { hostname, port, pathname } = new URL(proxy.url);
    for (const size of [MAX_BODY_BYTES + 1, 70_000, 100_000]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ hostname, port, path: pathname, method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } });
        req.on("response", (res) => res.resume().on("end", () => resolve(res.statusCode as number)));
        req.on("error", reject);
        req.end("x".repeat(size));
      });
      expect(status).toBe(413);
    }
    expect((await post(proxy.url, params)).status).toBe(200);
  });

  test("a request target that is not a path (absolute, or //host) cannot name another host", async () => {
    const upstream = await countingUpstream();
    const proxy = await startProxy({ baseUrl: upstream.url });
    const { hostname, port } = new URL(proxy.url);
    for (const path of ["http://evil.example/api/linkcard/v2/send/link-preview", "//evil.example/api/linkcard/v2/send/link-preview"]) {
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({ hostname, port, path, method: "POST", headers: { "content-type": "application/json", origin: "https://evil.example" } });
        req.on("response", (res) => {
          expect(res.headers["cache-control"]).toBe("no-store");
          res.resume().on("end", () => resolve(res.statusCode as number));
        });
        req.on("error", reject);
        req.end(JSON.stringify(params));
      });
      expect(status, path).toBe(400);
    }
    expect(upstream.seen).toHaveLength(0);
  });
});

describe("the trust boundary", () => {
  test("a field the spec does not list is refused unless extraFields names it: the page cannot speak for the server", async () => {
    const upstream = await countingUpstream();
    const strict = await startProxy({ baseUrl: upstream.url });
    const smuggled = { ...params, instanceId: "someone-elses", Access_Token: "x", session: "other" };
    const res = await post(strict.url, smuggled);
    expect(res.status).toBe(400);
    expect((await res.json()).issues).toEqual([
      { path: "instanceId", message: "is not a field the proxy passes on (see extraFields)" },
      { path: "Access_Token", message: "is not a field the proxy passes on (see extraFields)" },
      { path: "session", message: "is not a field the proxy passes on (see extraFields)" },
    ]);
    expect(upstream.seen).toHaveLength(0);
    const open = await startProxy({ baseUrl: upstream.url, extraFields: ["linkPreviewMode"] });
    expect((await post(open.url, { ...params, linkPreviewMode: "large" })).status).toBe(200);
    expect(JSON.parse(upstream.seen[0]!.body)).toMatchObject({ linkPreviewMode: "large" });
  });

  test("authorize gets the body as it came, for a signature check", async () => {
    const bodies: string[] = [];
    const proxy = await startProxy({ authorize: (_request, _params, body) => (bodies.push(body), true) });
    await post(proxy.url, '{"chatId":"201234567890",  "url":"https://wawp.net"}');
    expect(bodies).toEqual(['{"chatId":"201234567890",  "url":"https://wawp.net"}']);
  });

  test("a chatId of 64 KB of spaces is refused like any other bad chatId (the pattern has no quadratic case)", async () => {
    const proxy = await startProxy();
    const res = await post(proxy.url, { chatId: `${" ".repeat(65_000)}x`, url: "https://wawp.net" });
    expect(res.status).toBe(400);
    expect((await res.json()).issues.map((i: { path: string }) => i.path)).toEqual(["chatId"]);
  });
});
