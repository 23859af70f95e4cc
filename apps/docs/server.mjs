#!/usr/bin/env node
// The docs site on one port: the reference, the playground and the testing page (dist/, from
// `pnpm build`), and the proxy the playground sends through (/api/linkcard/v2/send/link-preview), in
// front of a mock of the API (@linkcard/mock) started with it. Loopback only: its proxy lets anyone send,
// and it answers no request addressed to another host (DNS rebinding).
import { createServer } from "node:http";
import { createRequire } from "node:module";
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";
import { startMockServer } from "@linkcard/mock";
import { ownHost, refuseMisdirected } from "./src/own-host.mjs";
import { serveStatic } from "./src/static.mjs";

const require = createRequire(import.meta.url);

/** The credentials of the spec's request example: what the mock takes. */
function exampleCredentials() {
  const spec = JSON.parse(readFileSync(require.resolve("@linkcard/types/openapi.json"), "utf8"));
  const [card] = Object.values(spec.paths["/v2/send/link-preview"].post.requestBody.content["application/json"].examples);
  return { instanceId: card.value.instance_id, accessToken: card.value.access_token };
}

/** Starts the mock and the site; resolves once both listen. */
export async function startDocsServer({ port = 8080, host = "127.0.0.1", root = fileURLToPath(new URL("./dist", import.meta.url)) } = {}) {
  const mock = await startMockServer();
  const proxy = toNodeListener(
    createProxyHandler({
      ...exampleCredentials(),
      baseUrl: mock.url,
      // a local demo: anyone who can reach this loopback port may send, to the mock
      authorize: () => true,
      // lets the playground pick the mock's answer (Prefer: code=429 ...)
      forwardHeaders: ["prefer"],
      logLevel: "warn",
    }),
  );
  const files = serveStatic(root);
  let addressedHere = () => false; // set once it listens, before any request
  let url;
  const server = createServer((req, res) => {
    if (!addressedHere(req.headers.host)) return refuseMisdirected(res, url);
    return req.url?.startsWith("/api/linkcard/") ? proxy(req, res) : files(req, res);
  });
  try {
    await new Promise((resolve, reject) => server.once("error", reject).listen(port, host, resolve));
  } catch (error) {
    await mock.stop();
    throw error;
  }
  const bound = server.address().port;
  addressedHere = ownHost(host, bound);
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
  proxy       ${site.url}/api/linkcard/v2/send/link-preview  (to the mock at ${site.mockUrl})`);
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
