// What the proxy costs per request, beside a bare node:http forwarder, measured side by side in one
// process over loopback: a client posts a card directly to an upstream, through a bare forwarder (reads
// the body, sends it on with http.request, pipes the answer back), and through createProxyHandler behind
// toNodeListener (origin, media type, body, validation, authorize, credentials, one attempt, relay). The
// cost each adds is its round trip less the direct one, in the process's CPU time. Not a test.
// `pnpm --filter @linkcard/core bench:proxy`.
import { Agent, createServer, request } from "node:http";
import { exampleMessage } from "@linkcard/types";
import { createProxyHandler, toNodeListener } from "../dist/server/index.js";

const message = JSON.stringify(exampleMessage);
const params = JSON.stringify({ chatId: "201234567890", url: "https://wawp.net", text: "Check out our new website!", linkPreviewHighQuality: true });
const listen = async (handler) => {
  const server = createServer(handler);
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}` };
};

const upstream = await listen((req, res) =>
  req.resume().on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_1" });
    res.end(message);
  }),
);
const agent = new Agent({ keepAlive: true });
const bare = await listen((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c)).on("end", () => {
    const out = request(`${upstream.url}/v2/send/link-preview`, { method: "POST", agent, headers: { "content-type": "application/json" } }, (answer) => {
      res.writeHead(answer.statusCode, answer.headers);
      answer.pipe(res);
    });
    out.end(Buffer.concat(chunks));
  });
});
// the same forwarder on fetch, as the proxy's one attempt is (openapi-fetch runs on fetch): what fetch costs
const bareFetch = await listen((req, res) => {
  const chunks = [];
  req.on("data", (c) => chunks.push(c)).on("end", async () => {
    const answer = await fetch(`${upstream.url}/v2/send/link-preview`, { method: "POST", headers: { "content-type": "application/json" }, body: Buffer.concat(chunks) });
    res.writeHead(answer.status, { "content-type": answer.headers.get("content-type") });
    res.end(Buffer.from(await answer.arrayBuffer()));
  });
});
// the same again as a web-standard handler behind toNodeListener: what Request/Response add before any of the proxy's own work
const webFetch = await listen(
  toNodeListener(async (request) => {
    const answer = await fetch(`${upstream.url}/v2/send/link-preview`, { method: "POST", headers: { "content-type": "application/json" }, body: await request.text(), signal: request.signal });
    return new Response(await answer.text(), { status: answer.status, headers: { "content-type": "application/json" } });
  }),
);
const proxy = await listen(
  toNodeListener(createProxyHandler({ instanceId: "123456789", accessToken: "tok_bench_K2x9", baseUrl: upstream.url, authorize: () => true, logLevel: "off" })),
);

const post = async (url) => {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: params });
  if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
  await res.text();
};
const paths = {
  direct: () => post(`${upstream.url}/v2/send/link-preview`),
  "bare node:http forwarder": () => post(`${bare.url}/api/linkcard/v2/send/link-preview`),
  "bare forwarder on fetch": () => post(`${bareFetch.url}/api/linkcard/v2/send/link-preview`),
  "web handler on fetch": () => post(`${webFetch.url}/api/linkcard/v2/send/link-preview`),
  "@linkcard/core/server": () => post(`${proxy.url}/api/linkcard/v2/send/link-preview`),
};
const names = Object.keys(paths);
for (const name of names) for (let i = 0; i < 300; i++) await paths[name]();
const samples = Object.fromEntries(names.map((name) => [name, []]));
for (let round = 0; round < 16; round++)
  for (const name of [...names.slice(round % names.length), ...names.slice(0, round % names.length)]) {
    const start = process.cpuUsage();
    for (let i = 0; i < 200; i++) await paths[name]();
    const { user, system } = process.cpuUsage(start);
    samples[name].push((user + system) / 200);
  }
const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
const cost = Object.fromEntries(names.map((name) => [name, median(samples[name])]));
const added = (name) => cost[name] - cost.direct;
console.log("path                        µs CPU/request   added by the hop");
for (const name of names) console.log(`${name.padEnd(27)} ${cost[name].toFixed(0).padStart(12)}   ${name === "direct" ? "" : `${added(name).toFixed(0)} µs`}`);
const ratio = added("@linkcard/core/server") / added("bare node:http forwarder");
console.log(`\nthe proxy adds ${ratio.toFixed(2)}x what a bare forwarder adds (budget 1.2x): ${ratio <= 1.2 ? "within" : "OVER"}`);
for (const base of ["bare forwarder on fetch", "web handler on fetch"])
  console.log(`beside the ${base}: ${(added("@linkcard/core/server") / added(base)).toFixed(2)}x`);
for (const { server } of [upstream, bare, bareFetch, webFetch, proxy]) server.close();
agent.destroy();
