import { createServer } from "node:http";
import { toNodeListener } from "../../dist/server/index.js";
const body = JSON.stringify({ ok: true, x: "y".repeat(1200) });
const listen = async (h) => { const s = createServer(h); await new Promise((r) => s.listen(0, "127.0.0.1", r)); return { s, url: `http://127.0.0.1:${s.address().port}/x` }; };
const bare = await listen((req, res) => { const c = []; req.on("data", (d) => c.push(d)).on("end", () => { res.writeHead(200, { "content-type": "application/json" }); res.end(body); }); });
const adapted = await listen(toNodeListener(async (request) => { await request.text(); return new Response(body, { headers: { "content-type": "application/json" } }); }));
const adaptedNoRead = await listen(toNodeListener(async (request) => new Response(body, { headers: { "content-type": "application/json" } })));
const post = async (url) => { const r = await fetch(url, { method: "POST", body: '{"a":1}', headers: { "content-type": "application/json" } }); await r.text(); };
const runs = { bare: () => post(bare.url), adapted: () => post(adapted.url), adaptedNoRead: () => post(adaptedNoRead.url) };
const names = Object.keys(runs); const samples = Object.fromEntries(names.map((n) => [n, []]));
for (const n of names) for (let i = 0; i < 300; i++) await runs[n]();
for (let r = 0; r < 12; r++) for (const n of [...names.slice(r % 3), ...names.slice(0, r % 3)]) { const t = process.cpuUsage(); for (let i = 0; i < 200; i++) await runs[n](); const u = process.cpuUsage(t); samples[n].push((u.user + u.system) / 200); }
const med = (x) => x.sort((a, b) => a - b)[x.length >> 1];
for (const n of names) console.log(n.padEnd(15), med(samples[n]).toFixed(0));
for (const { s } of [bare, adapted, adaptedNoRead]) s.close();
