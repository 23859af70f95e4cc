// The server side of a real setup, started once for the run in Node (not in the test page): a Prism mock
// of the spec, and the proxy (createProxyHandler behind node:http) in front of it, forwarding `prefer` so
// a test can pick the mock's answer.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";
import { startMockServer } from "@linkcard/mock";
import { createUnfurlHandler } from "@linkcard/unfurl";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    proxyOrigin: string;
    pagesOrigin: string;
  }
}

/** A site with a card: `/sale` (a large image), `/plain` (no image). */
const PAGE = (origin: string, image: string) =>
  `<html><head><title>Spring sale</title><meta property="og:title" content="Spring sale"><meta property="og:description" content="Everything 20% off until Sunday">` +
  `<meta property="og:url" content="${origin}/sale">${image ? `<meta property="og:image" content="${origin}${image}">` : ""}</head><body></body></html>`;

export default async function setup(project: TestProject) {
  const mock = await startMockServer();
  const handler = createProxyHandler({
    instanceId: "123456789",
    accessToken: "tok_react_Zx81LmPq",
    baseUrl: mock.url,
    authorize: () => true,
    forwardHeaders: ["prefer"],
    logLevel: "off",
  });
  // the pages the unfurl handler reads: a real site on loopback (a JPEG's first bytes: SOI, APP0, SOF0 1200×630)
  const jpeg = Buffer.from("ffd8ffe000104a46494600010100000100010000ffc0000b08027604b00101110000ffd9", "hex");
  const pages = createServer((req, res) => {
    const origin = `http://127.0.0.1:${(pages.address() as AddressInfo).port}`;
    if (req.url === "/image.jpg") return void res.writeHead(200, { "content-type": "image/jpeg" }).end(jpeg);
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(PAGE(origin, req.url === "/plain" ? "" : "/image.jpg"));
  });
  await new Promise<void>((resolve) => pages.listen(0, "127.0.0.1", resolve));
  const pagesPair = `127.0.0.1:${(pages.address() as AddressInfo).port}`;
  // beside the proxy, as an app mounts it; only the pages' site may be reached on loopback
  const unfurl = toNodeListener(createUnfurlHandler({ authorize: () => true, dangerouslyAllowPrivateNetwork: [pagesPair] }));
  const send = toNodeListener(handler);
  const proxy = createServer((req, res) => (req.url?.startsWith("/api/linkcard/unfurl") ? unfurl(req, res) : send(req, res)));
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  project.provide("proxyOrigin", `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
  project.provide("pagesOrigin", `http://${pagesPair}`);
  return async () => {
    for (const server of [proxy, pages]) {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    }
    await mock.stop();
  };
}
