// How pages are asked for and what answers are refused, against a real local server.
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { ConnectionError, HttpStatusError, NotHtmlError, unfurl } from "../src/index.js";
import { serve, type TestServer } from "./helpers/server.js";

let server: TestServer;
const routes: Record<string, [status: number, headers: Record<string, string>, body: string | Buffer]> = {
  "/page": [200, { "content-type": "text/html; charset=utf-8" }, "<title>Page</title>"],
  "/untyped": [200, {}, "<title>No type</title>"],
  "/xhtml": [200, { "content-type": "application/xhtml+xml" }, "<html><head><title>XHTML</title></head></html>"],
  "/json": [200, { "content-type": "application/json" }, '{"title":"no"}'],
  "/gone": [404, { "content-type": "text/html" }, "<title>Not found</title>"],
  "/error": [500, {}, ""],
  "/nowhere": [302, {}, ""],
  "/gzip": [200, { "content-type": "text/html", "content-encoding": "gzip" }, gzipSync("<title>Zipped</title>")],
};
beforeAll(async () => {
  server = await serve((request, response) => {
    const [status, headers, body] = routes[request.url!] ?? [404, {}, ""];
    response.writeHead(status, headers).end(body);
  });
});
afterAll(() => server.close());
const get = (path: string) => unfurl(`${server.origin}${path}`, { dangerouslyAllowPrivateNetwork: [server.pair] });

test("asks for HTML as WhatsApp's crawler does (User-Agent WhatsApp/2), so sites answer with their card markup", async () => {
  await get("/page");
  const { headers } = server.requests.at(-1)!;
  expect(headers["user-agent"]).toBe("WhatsApp/2");
  expect(headers.accept).toMatch(/^text\/html,application\/xhtml\+xml/);
});

describe("answers that are read", () => {
  test.each([
    ["/untyped", "No type"],
    ["/xhtml", "XHTML"],
    ["/gzip", "Zipped"],
  ])("%s", async (path, title) => {
    expect((await get(path)).title).toBe(title);
  });
});

describe("answers that are refused, each with its own error", () => {
  test("a Content-Type that is not HTML", async () => {
    const error = await get("/json").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotHtmlError);
    expect((error as Error).message).toBe(`${server.origin}/json is application/json, not HTML`);
  });

  test.each([
    ["/gone", 404, ""],
    ["/error", 500, ""],
    ["/nowhere", 302, " (a redirect with no Location)"],
  ])("%s: HTTP %i", async (path, status, detail) => {
    const error = await get(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpStatusError);
    expect(error).toMatchObject({ status, message: `${server.origin}${path} answered HTTP ${status}${detail}` });
  });

  test("no server on an allowed port", async () => {
    const closed = await serve(() => {});
    await closed.close();
    const error = await unfurl(`${closed.origin}/`, { dangerouslyAllowPrivateNetwork: [closed.pair] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectionError);
    expect((error as Error).message).toBe(`${closed.origin}/: ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:${closed.port}`);
  });

  test("the caller's signal: rejects with its reason, mid-flight or before", async () => {
    const hang = await serve(() => {});
    try {
      const reason = new Error("user left");
      const controller = new AbortController();
      const pending = unfurl(`${hang.origin}/`, { dangerouslyAllowPrivateNetwork: [hang.pair], signal: controller.signal });
      setTimeout(() => controller.abort(reason), 50);
      await expect(pending).rejects.toBe(reason);
      await expect(unfurl(`${hang.origin}/`, { dangerouslyAllowPrivateNetwork: true, signal: AbortSignal.abort(reason) })).rejects.toBe(reason);
    } finally {
      await hang.close();
    }
  });
});
