// The docs server refuses a request addressed to another host before the site, the proxy or the mock sees
// it: a page whose name was re-pointed at 127.0.0.1 (DNS rebinding) must not send through the proxy.
// Raw sockets, because a browser or fetch would not let a test write any Host it likes.
import { connect } from "node:net";
import { describe, expect, inject, test } from "vitest";
import { ownHost } from "../src/own-host.mjs";

const site = new URL(inject("siteUrl"));
const card = JSON.stringify({ chatId: "201234567890", url: "https://wawp.net" });

/** Sends one raw request (with `Connection: close`) and resolves with everything the server wrote until it closed. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // written, not ended: a half-closed socket may be dropped before a slow answer (the proxy's)
    const socket = connect(Number(site.port), site.hostname, () => socket.write(request));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.on("close", () => resolve(text)).on("error", reject);
  });
}
const send = (host: string | undefined) =>
  raw(
    `POST /api/linkcard/v2/send/link-preview HTTP/1.${host === undefined ? 0 : 1}\r\n` +
      (host === undefined ? "" : `Host: ${host}\r\n`) +
      `Content-Type: application/json\r\nContent-Length: ${card.length}\r\nConnection: close\r\n\r\n${card}`,
  );

describe("a Host that is not the server's gets 421 in the error shape, and the proxy sends nothing", () => {
  test.each([
    ["another name on the same port", `evil.example:${site.port}`],
    ["the server's address on another port", `127.0.0.1:${Number(site.port) + 1}`],
    ["localhost without the port", "localhost"],
    ["no Host at all (HTTP/1.0)", undefined],
  ])("%s", async (_, host) => {
    const answer = await send(host);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body).toEqual({
      status: 421,
      error: "Misdirected Request",
      message: `This server answers only requests addressed to it (${site.origin})`,
      code: "misdirected_request",
    });
  });

  test("the static site too", async () => {
    const answer = await raw(`GET /playground/ HTTP/1.1\r\nHost: evil.example:${site.port}\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 421 /);
  });
});

test.each(["127.0.0.1", "localhost", "LOCALHOST", "[::1]"])("%s with the server's port is served (bound to loopback)", async (name) => {
  const answer = await send(`${name}:${site.port}`);
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
});

describe("which Host a server answers to", () => {
  test("bound to one address: that address and port only", () => {
    const own = ownHost("192.168.1.5", 8080);
    expect(own("192.168.1.5:8080")).toBe(true);
    expect(own("localhost:8080")).toBe(false);
  });

  test("bound to every address: loopback names and IP literals, never another name", () => {
    const own = ownHost("0.0.0.0", 8080);
    expect(["localhost:8080", "192.168.1.5:8080", "[fe80::1]:8080"].map(own)).toEqual([true, true, true]);
    expect(own("evil.example:8080")).toBe(false);
  });

  test("on port 80, with the port left out as browsers do", () => {
    expect(ownHost("127.0.0.1", 80)("localhost")).toBe(true);
  });
});
