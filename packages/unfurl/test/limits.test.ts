// Bounded memory and time: only the caps are read of a 50 MB page or image (the server counts what
// it managed to write before the connection was cut), and one deadline covers every hop and body.
import { afterEach, describe, expect, test } from "vitest";
import { HTML_CAP, IMAGE_CAP, NotImageError, TimeoutError, TooLargeError, unfurl } from "../src/index.js";
import { png } from "./helpers/images.js";
import { serve, stream, type TestServer } from "./helpers/server.js";

const FIFTY_MB = 50 * 1024 * 1024;
// what the kernel's socket buffers on both sides of a loopback connection hold beyond what was read (about 3 MB measured)
const BUFFERS = 6 * 1024 * 1024;
let server: TestServer | undefined;
afterEach(() => server?.close());
const allow = () => ({ dangerouslyAllowPrivateNetwork: [server!.pair] });

describe("a 50 MB answer is cut after the cap", () => {
  test("a page whose <head> never ends: 512 KB read, the card from what was read", async () => {
    let written!: Promise<number>;
    server = await serve((_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      written = stream(response, FIFTY_MB, Buffer.from("<html><head><title>endless</title><meta property=og:title content=Endless>"));
    });
    const card = await unfurl(`${server.origin}/`, allow());
    expect(card.title).toBe("Endless");
    expect(card.head.end).toBeUndefined();
    const bytes = await written;
    expect(bytes).toBeGreaterThan(HTML_CAP / 2);
    expect(bytes).toBeLessThan(HTML_CAP + BUFFERS);
  });

  test("an image without a Content-Length: measured from its first bytes, then refused at 5 MB", async () => {
    let written!: Promise<number>;
    server = await serve((request, response) => {
      if (request.url === "/") return response.writeHead(200, { "content-type": "text/html" }).end(`<meta property="og:image" content="/big.png">`);
      response.writeHead(200, { "content-type": "image/png" });
      written = stream(response, FIFTY_MB, png(1200, 630).subarray(0, 33));
    });
    const { image } = await unfurl(`${server.origin}/`, allow());
    expect(image).toMatchObject({ width: 1200, height: 630, type: "image/png" });
    expect(image!.error).toBeInstanceOf(TooLargeError);
    expect(image!.error!.message).toBe(`${server.origin}/big.png is larger than ${IMAGE_CAP} bytes; read no further`);
    const bytes = await written;
    expect(bytes).toBeGreaterThan(IMAGE_CAP / 2);
    expect(bytes).toBeLessThan(IMAGE_CAP + BUFFERS);
  });

  test("an image whose Content-Length says 50 MB is refused without reading its body", async () => {
    let written!: Promise<number>;
    server = await serve((request, response) => {
      if (request.url === "/") return response.writeHead(200, { "content-type": "text/html" }).end(`<meta property="og:image" content="/big.png">`);
      response.writeHead(200, { "content-type": "image/png", "content-length": FIFTY_MB });
      written = stream(response, FIFTY_MB, png(1200, 630));
    });
    const { image } = await unfurl(`${server.origin}/`, allow());
    expect(image!.error).toBeInstanceOf(TooLargeError);
    expect(await written).toBeLessThan(BUFFERS);
  });

  test("an image with a Content-Length is read only as far as its size (what image-size needs)", async () => {
    let written!: Promise<number>;
    server = await serve((request, response) => {
      if (request.url === "/") return response.writeHead(200, { "content-type": "text/html" }).end(`<meta property="og:image" content="/big.png">`);
      response.writeHead(200, { "content-type": "image/png", "content-length": 4 * 1024 * 1024 });
      written = stream(response, 4 * 1024 * 1024, png(800, 400).subarray(0, 33));
    });
    const { image } = await unfurl(`${server.origin}/`, allow());
    expect(image).toMatchObject({ width: 800, height: 400, bytes: 4 * 1024 * 1024 });
    expect(image!.error).toBeUndefined();
    expect(await written).toBeLessThan(4 * 1024 * 1024);
  });

  test("bytes that are no image are given up on early", async () => {
    let written!: Promise<number>;
    server = await serve((request, response) => {
      if (request.url === "/") return response.writeHead(200, { "content-type": "text/html" }).end(`<meta property="og:image" content="/x.png">`);
      response.writeHead(200, { "content-type": "image/png" });
      written = stream(response, FIFTY_MB, Buffer.from("definitely not an image ".repeat(10)));
    });
    const { image } = await unfurl(`${server.origin}/`, allow());
    expect(image!.error).toBeInstanceOf(NotImageError);
    expect(image!.error!.message).toBe(`${server.origin}/x.png is not an image that can be measured (served as image/png)`);
    expect(await written).toBeLessThan(BUFFERS);
  });
});

describe("one deadline over everything", () => {
  test("a server that never answers", async () => {
    server = await serve(() => {});
    const error = await unfurl(`${server.origin}/`, { ...allow(), timeout: 300 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as Error).message).toBe(`${server.origin}/: no complete answer within 300 ms`);
  });

  test("a body that stops half-way", async () => {
    server = await serve((_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      response.write("<html><head><title>half");
    });
    await expect(unfurl(`${server.origin}/`, { ...allow(), timeout: 300 })).rejects.toBeInstanceOf(TimeoutError);
  });

  test("a body that drips a byte at a time, each in time, is cut by the one deadline", async () => {
    server = await serve((_, response) => {
      response.writeHead(200, { "content-type": "text/html" });
      const timer = setInterval(() => response.write(" "), 20);
      response.on("close", () => clearInterval(timer));
    });
    await expect(unfurl(`${server.origin}/`, { ...allow(), timeout: 400 })).rejects.toBeInstanceOf(TimeoutError);
  });

  test("redirects that are each quick enough are not, together", async () => {
    server = await serve((request, response) => {
      const n = Number(request.url!.slice(1));
      setTimeout(() => response.writeHead(302, { location: `/${n + 1}` }).end(), 150);
    });
    const error = await unfurl(`${server.origin}/0`, { ...allow(), timeout: 400 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(server.requests.length).toBeLessThanOrEqual(3);
  });

  test("an image that never comes keeps the page's card, with the timeout on the image", async () => {
    server = await serve((request, response) => {
      if (request.url === "/") response.writeHead(200, { "content-type": "text/html" }).end(`<title>t</title><meta property="og:image" content="/slow.png">`);
    });
    // the page comes at once; only the image waits out the deadline, so the deadline has room
    const card = await unfurl(`${server.origin}/`, { ...allow(), timeout: 3_000 });
    expect(card.title).toBe("t");
    expect(card.image!.error).toBeInstanceOf(TimeoutError);
  });
});
