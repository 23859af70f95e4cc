import { createServer } from "node:http";
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import createFetchClient from "openapi-fetch";
const message = JSON.stringify(spec.components.examples.LinkPreviewMessage.value);
const server = createServer((req, res) => req.resume().on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end(message); }));
await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
const baseUrl = `http://127.0.0.1:${(server.address() as any).port}`;
const body = { chatId: "201234567890", url: "https://wawp.net", instance_id: "1", access_token: "1" };
const api = createFetchClient<any>({ baseUrl, redirect: "manual" } as any);
const runs: Record<string, () => Promise<unknown>> = {
  bare: () => api.POST("/v2/send/link-preview", { body }),
  initSignal: () => { const c = new AbortController(); return api.POST("/v2/send/link-preview", { body, fetch: (r: Request) => fetch(r, { signal: c.signal }) } as any); },
  requestSignal: () => { const c = new AbortController(); return api.POST("/v2/send/link-preview", { body, signal: c.signal, fetch: (r: Request) => fetch(r) } as any); },
};
const samples: Record<string, number[]> = Object.fromEntries(Object.keys(runs).map((k) => [k, []]));
const names = Object.keys(runs);
for (let r = 0; r < 12; r++) for (const k of [...names.slice(r % 3), ...names.slice(0, r % 3)]) {
  const t = process.cpuUsage(); for (let i = 0; i < 300; i++) await runs[k]!(); const u = process.cpuUsage(t); samples[k]!.push((u.user + u.system) / 300);
}
const med = (x: number[]) => x.sort((a, b) => a - b)[x.length >> 1]!;
for (const k of names) console.log(k.padEnd(14), med(samples[k]!).toFixed(0), "µs cpu", (med(samples[k]!) / med(samples.bare!)).toFixed(2));
server.close();
