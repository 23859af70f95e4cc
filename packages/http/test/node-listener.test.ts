// toNodeListener behind a real node:http server, driven by raw sockets where a browser or fetch would
// not send what a hostile client can.
import { createServer } from "node:http";
import { type AddressInfo, connect } from "node:net";
import { afterEach, describe, expect, test } from "vitest";
import { readText, toNodeListener } from "../src/index.js";

const closers: Array<() => void> = [];
afterEach(() => closers.splice(0).forEach((close) => close()));

async function serve(handler: (request: Request) => Promise<Response>, options = {}) {
  const server = createServer(toNodeListener(handler, options));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  closers.push(() => (server.closeAllConnections(), server.close()));
  return (server.address() as AddressInfo).port;
}

/** Sends raw bytes on a socket and resolves with everything the server wrote until it closed. */
function raw(port: number, bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, "127.0.0.1", () => socket.end(bytes));
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.on("close", () => resolve(text)).on("error", reject);
  });
}

const echoUrl = async (request: Request) => new Response(request.url, { headers: { "content-length": String(request.url.length) } });

describe("the request's URL", () => {
  test("takes the path from the request line, never from Host", async () => {
    const port = await serve(echoUrl);
    const answer = await raw(port, "GET /v2/send/link-preview?x=1 HTTP/1.1\r\nHost: app.example:8080\r\nConnection: close\r\n\r\n");
    expect(answer).toMatch(/\r\n\r\nhttp:\/\/app\.example:8080\/v2\/send\/link-preview\?x=1$/);
  });

  test.each(["x/v2/send/link-preview?", "user@evil.example", "a b", "evil.example/", "evil.example#", ""])(
    "refuses Host %j with 400, before the handler runs",
    async (host) => {
      let ran = false;
      const port = await serve(async () => ((ran = true), new Response("served")));
      const answer = await raw(port, `GET /anything HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 400/);
      expect(answer).toContain('"code":"bad_request"');
      expect(ran).toBe(false);
    },
  );

  test.each(["http://evil.example/x", "//evil.example/x", "/\\evil.example/x", "*"])("refuses the request target %j with 400", async (target) => {
    const port = await serve(echoUrl);
    const answer = await raw(port, `GET ${target} HTTP/1.1\r\nHost: app.example\r\nConnection: close\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
  });

  test("with origin, is that origin whatever Host says", async () => {
    const port = await serve(echoUrl, { origin: "https://app.example.com" });
    const answer = await raw(port, "GET /a?b HTTP/1.1\r\nHost: rebound.evil\r\nConnection: close\r\n\r\n");
    expect(answer).toMatch(/\r\n\r\nhttps:\/\/app\.example\.com\/a\?b$/);
  });

  test("a bad origin option is refused when the listener is made", () => {
    for (const origin of ["app.example.com", "https://app.example.com/path", "https://u:p@app.example.com", "ftp://x"])
      expect(() => toNodeListener(echoUrl, { origin }), origin).toThrow(/origin must be an origin/);
  });
});

describe("the request body", () => {
  test("one that does not arrive within bodyTimeout gets 408 and the connection is closed", async () => {
    let reading = false;
    const port = await serve(
      async (request) => {
        reading = true;
        return new Response(await request.text());
      },
      { bodyTimeout: 300 },
    );
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(port, "127.0.0.1", () => {
        socket.write("POST / HTTP/1.1\r\nHost: app.example\r\nContent-Length: 1000\r\n\r\n");
        // a byte now and then, never the whole body
        const drip = setInterval(() => socket.writable && socket.write("x"), 50);
        socket.on("close", () => clearInterval(drip));
      });
      let text = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      socket.on("close", () => resolve(text)).on("error", () => resolve(text));
    });
    expect(reading).toBe(true);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('"code":"request_timeout"');
  });

  test("is read only as fast as the handler reads it, and capped by readText", async () => {
    const port = await serve(async (request) => new Response(String(await readText(request, 1024))));
    const small = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "hello" });
    expect(await small.text()).toBe("hello");
    const large = await fetch(`http://127.0.0.1:${port}/`, { method: "POST", body: "x".repeat(64 * 1024) });
    expect(await large.text()).toBe("undefined");
  });
});

describe("the response", () => {
  test("is written with backpressure: a client that stops reading stops the handler's stream being pulled", async () => {
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024);
    const port = await serve(
      async () =>
        new Response(
          new ReadableStream({
            pull(controller) {
              pulled += chunk.byteLength;
              controller.enqueue(chunk);
              if (pulled >= 200 * 1024 * 1024) controller.close();
            },
          }),
        ),
    );
    const socket = connect(port, "127.0.0.1", () => socket.write("GET / HTTP/1.1\r\nHost: app.example\r\n\r\n"));
    await new Promise((resolve) => socket.once("data", resolve));
    socket.pause();
    // the socket's buffers fill; then the listener must wait for "drain" and stop pulling
    let before = -1;
    while (before !== pulled) {
      before = pulled;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    socket.destroy();
    expect(pulled).toBeLessThan(32 * 1024 * 1024);
  });

  test("a handler that throws gets a 500 in the error shape", async () => {
    const port = await serve(async () => {
      throw new Error("boom");
    });
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.status).toBe(500);
    expect(await res.json()).toMatchObject({ status: 500, code: "internal_error" });
  });

  test("Set-Cookie headers stay separate", async () => {
    const port = await serve(async () => {
      const headers = new Headers();
      headers.append("set-cookie", "a=1");
      headers.append("set-cookie", "b=2");
      return new Response("ok", { headers });
    });
    const res = await fetch(`http://127.0.0.1:${port}/`);
    expect(res.headers.getSetCookie()).toEqual(["a=1", "b=2"]);
  });
});
