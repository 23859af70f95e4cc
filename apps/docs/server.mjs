#!/usr/bin/env node
// The docs site on one port: the reference, the playground and the site's pages (dist/, from
// `pnpm build`), the proxy the playground sends through (/api/linkcard/v2/send/link-preview), in front of
// a mock of the API (@linkcard/mock) started with it, and the unfurl handler beside it
// (/api/linkcard/unfurl), which reads only the sample pages the site serves (/fixtures/). Loopback only:
// its proxy lets anyone send, and it answers no request addressed to another host (DNS rebinding).
import { createServer } from "node:http";
import { parseArgs } from "node:util";
import { fileURLToPath } from "node:url";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";
import { startMockServer } from "@linkcard/mock";
import { exampleRequest } from "@linkcard/types";
import { createUnfurlHandler } from "@linkcard/unfurl";
import { serveFixture } from "./src/fixtures.mjs";
import { ownHost, refuseMisdirected } from "./src/own-host.mjs";
import { serveStatic } from "./src/static.mjs";

const LOOPBACK = ["127.0.0.1", "localhost", "[::1]"];

/** The unfurl handler of the demo: it reads the site's own sample pages and nothing else. */
function demoUnfurl(port) {
  const ownPage = (value) => {
    if (value === undefined) return true;
    try {
      const url = new URL(value);
      return LOOPBACK.includes(url.hostname) && url.port === String(port) && url.pathname.startsWith("/fixtures/");
    } catch {
      return false;
    }
  };
  const handler = createUnfurlHandler({
    authorize: (_request, params) =>
      (ownPage(params.url) && ownPage(params.thumbnail)) ||
      Response.json(
        { status: 403, error: "Forbidden", code: "demo_own_pages_only", message: "This demo reads only the sample pages it serves (/fixtures/)" },
        { status: 403 },
      ),
    // this site's own address, and only it: the sample pages live there
    dangerouslyAllowPrivateNetwork: [`127.0.0.1:${port}`, `[::1]:${port}`],
  });
  return toNodeListener(handler);
}

/** Starts the mock and the site; resolves once both listen. */
export async function startDocsServer({ port = 8080, host = "127.0.0.1", root = fileURLToPath(new URL("./dist", import.meta.url)) } = {}) {
  const mock = await startMockServer();
  const proxy = toNodeListener(
    createProxyHandler({
      instanceId: exampleRequest.instance_id,
      accessToken: exampleRequest.access_token,
      baseUrl: mock.url,
      // a local demo: anyone who can reach this loopback port may send, to the mock
      authorize: () => true,
      // lets the playground pick the mock's answer (Prefer: code=429 ...)
      forwardHeaders: ["prefer"],
      logLevel: "warn",
    }),
  );
  const files = serveStatic(root);
  // set once it listens, before any request
  let addressedHere = () => false;
  let url;
  let unfurl;
  const server = createServer((req, res) => {
    if (!addressedHere(req.headers.host)) return refuseMisdirected(res, url);
    if (req.url?.startsWith("/api/linkcard/unfurl")) return unfurl(req, res);
    if (req.url?.startsWith("/api/linkcard/")) return proxy(req, res);
    if (req.url?.startsWith("/fixtures/")) return serveFixture(req, res, `http://${req.headers.host}`);
    return files(req, res);
  });
  try {
    await new Promise((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  } catch (error) {
    await mock.stop();
    throw error;
  }
  const bound = server.address().port;
  addressedHere = ownHost(host, bound);
  unfurl = demoUnfurl(bound);
  url = `http://${host.includes(":") ? `[${host}]` : host}:${bound}`;
  const stop = async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await mock.stop();
  };
  return { url, mockUrl: mock.url, stop };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  // whoever started us, before anything can go wrong: a parent killed with SIGKILL passes no signal on,
  // but we are re-parented then, which changes our ppid
  const parent = process.ppid;
  const { values } = parseArgs({ options: { port: { type: "string", default: process.env.PORT ?? "8080" }, host: { type: "string" } } });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error("linkcard docs: --port must be an integer from 0 to 65535");
    process.exit(2);
  }
  const site = await startDocsServer({ port, host: values.host }).catch((error) => {
    console.error(`linkcard docs: ${error.message}`);
    process.exit(1);
  });
  console.log(`linkcard docs on ${site.url} (Ctrl+C stops it and the mock)
  reference   ${site.url}/reference/
  playground  ${site.url}/playground/
  testing     ${site.url}/testing/
  campaigns   ${site.url}/campaigns/
  proxy       ${site.url}/api/linkcard/v2/send/link-preview  (to the mock at ${site.mockUrl})
  unfurl      ${site.url}/api/linkcard/unfurl?url=…  (the sample pages in ${site.url}/fixtures/ only)`);
  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await site.stop();
    process.exit(0);
  };
  // `on`, not `once`: Ctrl+C reaches every process of the terminal's group, and whoever started us may
  // pass it on too; a second one while stopping must not kill us before the mock is stopped
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  setInterval(() => process.ppid !== parent && shutdown(), 250).unref();
}
