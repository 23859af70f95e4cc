// createUnfurlHandler against real local pages: authorize before any fetch, the check as JSON, refusals in
// the error shape, and a cache bounded in time and size.
import { afterEach, describe, expect, test } from "vitest";
import { InvalidInputError, createUnfurlHandler } from "../src/index.js";
import { png } from "./helpers/images.js";
import { type TestServer, serve } from "./helpers/server.js";

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** A page with a card whose image is a 1200×630 PNG, on a local server. */
async function site() {
  const server = await serve((request, response) => {
    if (request.url?.startsWith("/image.png")) {
      response.writeHead(200, { "content-type": "image/png" });
      response.end(png(1200, 630));
      return;
    }
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(
      `<html><head><title>Spring sale</title><meta property="og:title" content="Spring sale"><meta property="og:description" content="Everything 20% off">` +
        `<meta property="og:url" content="${server.origin}${request.url}"><meta property="og:image" content="${server.origin}/image.png"></head><body></body></html>`,
    );
  });
  servers.push(server);
  return server;
}

const ask = (handler: (request: Request) => Promise<Response>, query: Record<string, string>, init?: RequestInit) =>
  handler(new Request(`http://app.example/api/linkcard/unfurl?${new URLSearchParams(query)}`, init));

const pages = (server: TestServer) => server.requests.filter((request) => !request.url?.startsWith("/image")).length;

describe("authorize", () => {
  test("is required: an open unfurl endpoint would let anyone make the server fetch", () => {
    expect(() => createUnfurlHandler({} as never)).toThrow(InvalidInputError);
    expect(() => createUnfurlHandler({} as never)).toThrow(/options.authorize is required/);
  });

  test("runs before any fetch: anything but true is a 401, a Response is returned as is", async () => {
    const server = await site();
    for (const verdict of [false, undefined, "yes"]) {
      const handler = createUnfurlHandler({ authorize: () => verdict as never, dangerouslyAllowPrivateNetwork: [server.pair] });
      const res = await ask(handler, { url: `${server.origin}/sale` });
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: "unfurl_unauthorized" });
    }
    const limited = createUnfurlHandler({ authorize: () => new Response("slow down", { status: 429 }), dangerouslyAllowPrivateNetwork: [server.pair] });
    expect((await ask(limited, { url: `${server.origin}/sale` })).status).toBe(429);
    expect(server.connections).toBe(0);
  });

  test("sees the request and the params", async () => {
    const server = await site();
    const seen: unknown[] = [];
    const handler = createUnfurlHandler({
      authorize: (request, params) => (seen.push([request.headers.get("cookie"), params]), true),
      dangerouslyAllowPrivateNetwork: [server.pair],
    });
    await ask(handler, { url: `${server.origin}/sale`, linkPreviewHighQuality: "true" }, { headers: { cookie: "session=1" } });
    expect(seen).toEqual([["session=1", { url: `${server.origin}/sale`, linkPreviewHighQuality: true }]]);
  });
});

describe("the answer", () => {
  test("is checkCard's result as JSON: the page's card, the image measured, the card predicted", async () => {
    const server = await site();
    const handler = createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [server.pair] });
    const res = await ask(handler, { url: `${server.origin}/sale`, linkPreviewHighQuality: "true" });
    expect(res.status).toBe(200);
    const check = await res.json();
    expect(check).toMatchObject({
      card: "large",
      title: "Spring sale",
      description: "Everything 20% off",
      image: { url: `${server.origin}/image.png`, width: 1200, height: 630, type: "image/png" },
      problems: [],
    });
    expect(check.page.title).toBe("Spring sale");
  });

  test("a page on a private address, with the defaults, is a 403 in the error shape, and nothing connects", async () => {
    const server = await site();
    const handler = createUnfurlHandler({ authorize: () => true });
    const res = await ask(handler, { url: `${server.origin}/sale` });
    expect(res.status).toBe(403);
    expect(await res.json()).toMatchObject({ status: 403, code: "unfurl_refused_address" });
    expect(server.connections).toBe(0);
  });

  test("an image that cannot be fetched says why in the JSON", async () => {
    const server = await site();
    const handler = createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [server.pair] });
    const check = await (await ask(handler, { url: `${server.origin}/sale`, thumbnail: "http://127.0.0.1:9/x.png" })).json();
    expect(check.card).toBe("no-image");
    expect(check.image.error).toMatchObject({ name: "RefusedAddressError", message: expect.stringContaining("refused") });
  });

  test.each([
    [{}, "url is required"],
    [{ url: "https://a.example", size: "large" }, "size is not a card param"],
    [{ url: "https://a.example", linkPreviewHighQuality: "maybe" }, "linkPreviewHighQuality must be true or false"],
  ])("bad params %j are a 400 naming them, before authorize", async (query, message) => {
    let asked = false;
    const handler = createUnfurlHandler({ authorize: () => ((asked = true), true) });
    const res = await ask(handler, query);
    expect(res.status).toBe(400);
    expect((await res.json()).message).toContain(message);
    expect(asked).toBe(false);
  });

  test("any method but GET is a 405", async () => {
    const handler = createUnfurlHandler({ authorize: () => true });
    const res = await handler(new Request("http://app.example/api/linkcard/unfurl?url=https://a.example", { method: "POST" }));
    expect(res.status).toBe(405);
    expect(res.headers.get("allow")).toBe("GET");
  });
});

describe("the cache", () => {
  test("answers the same params again without a fetch; other params fetch", async () => {
    const server = await site();
    const handler = createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [server.pair] });
    await Promise.all([ask(handler, { url: `${server.origin}/a` }), ask(handler, { url: `${server.origin}/a` })]);
    await ask(handler, { url: `${server.origin}/a` });
    expect(pages(server)).toBe(1);
    await ask(handler, { url: `${server.origin}/b` });
    expect(pages(server)).toBe(2);
  });

  test("keeps a result for cacheTtl only", async () => {
    const server = await site();
    const handler = createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [server.pair], cacheTtl: 50 });
    await ask(handler, { url: `${server.origin}/a` });
    await new Promise((resolve) => setTimeout(resolve, 120));
    await ask(handler, { url: `${server.origin}/a` });
    expect(pages(server)).toBe(2);
  });

  test("keeps at most cacheSize results, the least recently used going first", async () => {
    const server = await site();
    const handler = createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [server.pair], cacheSize: 2 });
    for (const path of ["/a", "/b", "/c", "/a"]) await ask(handler, { url: `${server.origin}${path}` });
    expect(pages(server)).toBe(4);
  });

  test("keeps no failure: a page that failed is fetched again", async () => {
    let calls = 0;
    const server = await serve((_request, response) => {
      calls++;
      response.writeHead(calls === 1 ? 503 : 200, { "content-type": "text/html" });
      response.end("<html><head><title>Back</title></head></html>");
    });
    servers.push(server);
    const handler = createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [server.pair] });
    expect((await ask(handler, { url: `${server.origin}/` })).status).toBe(502);
    expect((await ask(handler, { url: `${server.origin}/` })).status).toBe(200);
  });
});

test("bad options are named, every one", () => {
  try {
    createUnfurlHandler({ authorize: () => true, cacheTtl: -1, cacheSize: 1.5, timout: 5 } as never);
    expect.unreachable();
  } catch (error) {
    expect((error as InvalidInputError).issues.map((issue) => issue.path).sort()).toEqual(["options.cacheSize", "options.cacheTtl", "options.timout"]);
  }
});
