// Per-call cost of sendLinkPreview beside raw fetch, bare openapi-fetch, ky and axios, measured side by
// side in one process: first over an in-memory fetch (library overhead alone), then over a loopback
// HTTP server (what a call really costs). Each round's cost is the process's CPU time, not the wall
// clock, so other work on a shared machine moves the numbers less. bench/proxy.mjs measures the proxy. Every contender sends through fetch; over loopback, axios's
// Node default, its http adapter (no fetch at all), is shown as a row of its own. Not a test: timing
// never decides pass or fail. `pnpm bench`.
import { createServer } from "node:http";
import axios from "axios";
import ky from "ky";
import createFetchClient from "openapi-fetch";
import { createClient } from "../dist/index.js";

if (typeof gc !== "function") throw new Error("run with node --expose-gc (pnpm bench does)");

import { exampleMessage } from "@linkcard/types";

const PATH = "/v2/send/link-preview";
const message = JSON.stringify(exampleMessage);
const params = {
  chatId: "201234567890",
  url: "https://wawp.net",
  text: "Check out our new website!",
  title: "Wawp - Advanced WhatsApp API",
  description: "The ultimate platform for WhatsApp automation.",
  linkPreviewHighQuality: true,
};
const credentials = { instance_id: "123456789", access_token: "123456789" };
const body = { ...params, ...credentials };

/** The same calls, one per library, each sending `body` and reading the message back. */
function contenders(baseUrl, fetch) {
  const url = `${baseUrl}${PATH}`;
  const bare = createFetchClient({ baseUrl, fetch });
  const linkcard = createClient({ ...{ instanceId: "123456789", accessToken: "123456789" }, baseUrl, fetch, logLevel: "off" });
  const kyClient = ky.create({ fetch, retry: 0, timeout: false });
  // axios on fetch, as every other contender; its Node default (the http adapter) is a row of its own
  const axiosFetch = axios.create({ adapter: "fetch", env: { fetch } });
  const axiosHttp = fetch === globalThis.fetch ? axios.create({ adapter: "http" }) : undefined;
  return {
    "raw fetch": async () => {
      const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
      if (!res.ok) throw new Error(String(res.status));
      return res.json();
    },
    "openapi-fetch (bare)": async () => (await bare.POST(PATH, { body })).data,
    ky: () => kyClient.post(url, { json: body }).json(),
    "axios (fetch adapter)": async () => (await axiosFetch.post(url, body)).data,
    ...(axiosHttp && { "axios (http adapter)": async () => (await axiosHttp.post(url, body)).data }),
    "@linkcard/core": () => linkcard.sendLinkPreview(params),
  };
}

/**
 * Median µs per call of each contender, over interleaved rounds in a rotating order (so drift hits all
 * alike), each round starting from a collected heap (so none pays for another's garbage).
 */
async function measure(title, calls, { rounds, perRound }) {
  for (const call of Object.values(calls)) for (let i = 0; i < perRound; i++) await call(); // warm up
  const samples = Object.fromEntries(Object.keys(calls).map((k) => [k, []]));
  const entries = Object.entries(calls);
  for (let r = 0; r < rounds; r++)
    for (const [name, call] of [...entries.slice(r % entries.length), ...entries.slice(0, r % entries.length)]) {
      gc();
      const start = process.cpuUsage();
      for (let i = 0; i < perRound; i++) await call();
      const { user, system } = process.cpuUsage(start);
      samples[name].push((user + system) / perRound);
    }
  const median = (xs) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const result = Object.fromEntries(Object.entries(samples).map(([k, xs]) => [k, median(xs)]));
  const base = result["openapi-fetch (bare)"];
  console.log(`\n${title} (${rounds} rounds × ${perRound} calls, median)`);
  console.log("library                    µs/call   vs openapi-fetch   vs raw fetch");
  for (const [name, us] of Object.entries(result))
    console.log(
      `${name.padEnd(26)} ${us.toFixed(1).padStart(7)}   ${(us / base).toFixed(2).padStart(8)}x   ${(us / result["raw fetch"]).toFixed(2).padStart(12)}x`,
    );
  return result["@linkcard/core"] / base;
}

const memoryFetch = async () =>
  new Response(message, { status: 200, headers: { "content-type": "application/json", "x-request-id": "req_1" } });
const inMemory = await measure("in-memory fetch: library overhead", contenders("http://bench.invalid", memoryFetch), {
  rounds: 15,
  perRound: 2000,
});

const server = createServer((req, res) => {
  req.resume().on("end", () => {
    res.writeHead(200, { "content-type": "application/json", "x-request-id": "req_1" });
    res.end(message);
  });
});
await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
const loopback = await measure(
  "loopback HTTP server: a whole call",
  contenders(`http://127.0.0.1:${server.address().port}`, globalThis.fetch),
  { rounds: 9, perRound: 400 },
);
server.close();

// The budgets: per call, at most 1.15x bare openapi-fetch in memory and 1.05x over loopback.
const BUDGET = { inMemory: 1.15, loopback: 1.05 };
console.log(`\nbudget: @linkcard/core per call vs bare openapi-fetch`);
console.log(`  in memory: ${inMemory.toFixed(2)}x (budget ${BUDGET.inMemory}x) ${inMemory <= BUDGET.inMemory ? "within" : "OVER"}`);
console.log(`  loopback:  ${loopback.toFixed(2)}x (budget ${BUDGET.loopback}x) ${loopback <= BUDGET.loopback ? "within" : "OVER"}`);
