// The core smoke test, the same file on every runtime: one send to the mock, one typed error, and one
// round trip through the proxy served the runtime's own way (node:http + toNodeListener on Node,
// Bun.serve on Bun, Deno.serve on Deno). Prints one JSON line; any failure throws.
import { AuthenticationError, createClient } from "@linkcard/core";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";

const mockUrl = globalThis.process?.env?.MOCK_URL ?? globalThis.Deno?.env.get("MOCK_URL");
const params = { chatId: "201234567890", url: "https://wawp.net" };
const runtime = globalThis.Deno ? `deno ${Deno.version.deno}` : globalThis.Bun ? `bun ${Bun.version}` : `node ${process.versions.node}`;

const client = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: mockUrl, maxRetries: 0 });
const sent = await client.sendLinkPreview(params);
const error = await client.sendLinkPreview(params, { headers: { prefer: "code=401" } }).catch((e) => e);
if (!(error instanceof AuthenticationError) || error.status !== 401) throw new Error(`expected an AuthenticationError (401), got ${error}`);

const handler = createProxyHandler({ instanceId: "123456789", accessToken: "tok_runtime_K3v9", baseUrl: mockUrl, authorize: () => true, logLevel: "off" });
const proxy = await serve(handler);
let proxied;
try {
  proxied = await createClient({ proxy: `${proxy.origin}/api/linkcard`, maxRetries: 0 }).sendLinkPreview(params);
} finally {
  await proxy.close();
}
console.log(JSON.stringify({ runtime, sent: sent.id._serialized, error: `${error.name} ${error.status}`, proxied: proxied.id._serialized }));

/** Serves a web handler on a free 127.0.0.1 port with the runtime's natural server. */
async function serve(fetchHandler) {
  if (globalThis.Deno) {
    const server = Deno.serve({ hostname: "127.0.0.1", port: 0, onListen() {} }, (request) => fetchHandler(request));
    return { origin: `http://127.0.0.1:${server.addr.port}`, close: () => server.shutdown() };
  }
  if (globalThis.Bun) {
    const server = Bun.serve({ hostname: "127.0.0.1", port: 0, fetch: (request) => fetchHandler(request) });
    return { origin: `http://127.0.0.1:${server.port}`, close: () => server.stop(true) };
  }
  const { createServer } = await import("node:http");
  const server = createServer(toNodeListener(fetchHandler));
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((resolve) => (server.closeAllConnections(), server.close(resolve))),
  };
}
