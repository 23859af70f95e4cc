// Real requests with the default options: nothing reaches a server on this machine, whether it is
// named by a literal address, by a name that resolves to it, or by a redirect; each server counts the
// TCP connections it gets, and must get none.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkCard, InvalidUrlError, probeImage, RefusedAddressError, TooManyRedirectsError, unfurl } from "../src/index.js";
import { serve, type TestServer } from "./helpers/server.js";

const PAGE = `<html><head><title>reached</title></head></html>`;
let target: TestServer;
let front: TestServer;
let redirectTo = "";

beforeAll(async () => {
  target = await serve((_, response) => response.end(PAGE));
  front = await serve((request, response) => {
    if (request.url === "/page") return response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
    response.writeHead(302, { location: redirectTo }).end();
  });
});
afterAll(() => Promise.all([target.close(), front.close()]));

describe("with the default options", () => {
  test.each([
    ["127.0.0.1"],
    ["2130706433"],
    ["0177.0.0.1"],
    ["0x7f.0.0.1"],
    ["127.1"],
    ["[::ffff:127.0.0.1]"],
    ["[::ffff:7f00:1]"],
  ])("http://%s:PORT/ is refused as loopback, and the server sees no connection", async (host) => {
    const error = await unfurl(`http://${host}:${target.port}/`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect(error).toMatchObject({ address: "127.0.0.1", port: target.port });
    expect((error as Error).message).toContain('range "loopback"');
    expect(target.connections).toBe(0);
  });

  test("a name that resolves to a loopback address (localhost) is refused when it is looked up, before any connection", async () => {
    const error = await unfurl("http://localhost/").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as Error).message).toMatch(/^refused localhost \((127\.0\.0\.1|::1)\) port 80: not a public address/);
  });

  test("probeImage and checkCard refuse the same way", async () => {
    const image = await probeImage(`http://127.0.0.1:${target.port}/x.png`);
    expect(image.error).toBeInstanceOf(RefusedAddressError);
    await expect(checkCard({ url: `http://[::1]:${target.port}/` })).rejects.toBeInstanceOf(RefusedAddressError);
    expect(target.connections).toBe(0);
  });

  test.each([
    ["ftp://example.com/", /only http and https URLs are fetched, not ftp:/],
    ["file:///etc/passwd", /only http and https URLs are fetched, not file:/],
    ["javascript:alert(1)", /only http and https URLs are fetched/],
    ["http://user:secret@example.com/", /has credentials/],
    ["not a url", /not an absolute URL/],
  ])("%s is refused: %s", async (url, message) => {
    const error = await unfurl(url).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidUrlError);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain("secret");
  });

  test("a port other than 80 and 443 is refused before the name is even looked up", async () => {
    const error = await unfurl("http://example.invalid:8080/").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as Error).message).toBe("refused example.invalid port 8080: only ports 80 and 443 are fetched");
  });
});

describe("dangerouslyAllowPrivateNetwork", () => {
  test("true reaches loopback (how tests reach their servers)", async () => {
    const card = await unfurl(`${target.origin}/`, { dangerouslyAllowPrivateNetwork: true });
    expect(card.title).toBe("reached");
  });

  test("a list allows exactly its address:port pairs, checked on the address dialled", async () => {
    const before = target.connections;
    await expect(unfurl(`http://localhost:${target.port}/`, { dangerouslyAllowPrivateNetwork: [target.pair, `[::1]:${target.port}`] })).resolves.toMatchObject({ title: "reached" });
    expect(target.connections).toBe(before + 1);
    // localhost on the same port, but only ::1 allowed: its 127.0.0.1 is refused at lookup
    const error = await unfurl(`http://localhost:${target.port}/`, { dangerouslyAllowPrivateNetwork: [`[::1]:${target.port}`] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as Error).message).toContain(`(127.0.0.1) port ${target.port}`);
    // the allowed address on another port
    await expect(unfurl(`http://127.0.0.1:${target.port + 1}/`, { dangerouslyAllowPrivateNetwork: [target.pair] })).rejects.toBeInstanceOf(RefusedAddressError);
    expect(target.connections).toBe(before + 1);
  });
});

describe("redirects: every hop is checked again", () => {
  // the first hop is the one private address allowed, so the redirect's own target is judged as by the
  // defaults; [::1] on the target's port is allowed too, so that a redirect to localhost on that port
  // passes the port rule and is refused where it must be, on the 127.0.0.1 its lookup gives
  const allowFront = () => ({ dangerouslyAllowPrivateNetwork: [front.pair, `[::1]:${target.port}`] });

  test.each([
    ["a literal loopback address", () => `http://127.0.0.1:${target.port}/`],
    ["a decimal one", () => `http://2130706433:${target.port}/`],
    ["an IPv4-mapped IPv6 one", () => `http://[::ffff:127.0.0.1]:${target.port}/`],
    ["a name that resolves to loopback", () => `http://localhost:${target.port}/`],
    ["a relative one on another port", () => `//127.0.0.1:${target.port}/`],
  ])("a redirect to %s is refused, and its target sees no connection", async (_, location) => {
    redirectTo = location();
    const before = target.connections;
    const error = await unfurl(`${front.origin}/`, allowFront()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RefusedAddressError);
    expect((error as Error).message).toContain(`port ${target.port}: not a public address`);
    expect(target.connections).toBe(before);
  });

  test("a page's image on a non-public address is not fetched: the card keeps the refusal on its image", async () => {
    const page = await serve((_, response) => response.writeHead(200, { "content-type": "text/html" }).end(`<meta property="og:image" content="http://127.0.0.1:${target.port}/a.png">`));
    try {
      const before = target.connections;
      const card = await unfurl(`${page.origin}/`, { dangerouslyAllowPrivateNetwork: [page.pair] });
      expect(card.image!.error).toBeInstanceOf(RefusedAddressError);
      expect(target.connections).toBe(before);
    } finally {
      await page.close();
    }
  });

  test("a redirect to the same allowed server is followed, and the card's URL is the final one", async () => {
    redirectTo = "/page";
    const card = await unfurl(`${front.origin}/start`, allowFront());
    expect(card).toMatchObject({ title: "reached", url: `${front.origin}/page` });
  });

  test.each([
    ["file:///etc/passwd", InvalidUrlError],
    ["http://user:pass@example.com/", InvalidUrlError],
    ["gopher://127.0.0.1:70/", InvalidUrlError],
    ["http://example.invalid:6379/", RefusedAddressError],
  ])("a redirect to %s is refused", async (location, type) => {
    redirectTo = location;
    await expect(unfurl(`${front.origin}/`, allowFront())).rejects.toBeInstanceOf(type);
  });

  test("at most 5 redirects are followed", async () => {
    const chain = await serve((request, response) => {
      const n = Number(request.url!.slice(1));
      if (n === 0) return response.writeHead(200, { "content-type": "text/html" }).end(PAGE);
      response.writeHead(301, { location: `/${n - 1}` }).end();
    });
    try {
      const options = { dangerouslyAllowPrivateNetwork: [chain.pair] };
      await expect(unfurl(`${chain.origin}/5`, options)).resolves.toMatchObject({ url: `${chain.origin}/0` });
      const before = chain.requests.length;
      const error = await unfurl(`${chain.origin}/6`, options).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(TooManyRedirectsError);
      expect((error as Error).message).toBe("more than 5 redirects, the last to /0");
      expect(chain.requests.length - before).toBe(6);
    } finally {
      await chain.close();
    }
  });
});
