import spec from "@linkcard/types/openapi.json" with { type: "json" };
import createFetchClient from "openapi-fetch";
import { createClient } from "../../src/index.ts";
const message = JSON.stringify(spec.components.examples.LinkPreviewMessage.value);
const params = { chatId: "201234567890", url: "https://wawp.net", text: "Check out our new website!", title: "Wawp - Advanced WhatsApp API", description: "The ultimate platform for WhatsApp automation.", linkPreviewHighQuality: true };
const memoryFetch = async () => new Response(message, { status: 200, headers: { "content-type": "application/json", "x-request-id": "req_1" } });
const c = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: "http://bench.invalid", fetch: memoryFetch as typeof fetch, logLevel: "off" });
const bare = createFetchClient<any>({ baseUrl: "http://bench.invalid", fetch: memoryFetch as typeof fetch });
const body = { ...params, instance_id: "1", access_token: "1" };
const runs: Record<string, () => Promise<unknown>> = { bare: () => bare.POST("/v2/send/link-preview", { body }), core: () => c.sendLinkPreview(params) };
const samples: Record<string, number[]> = { bare: [], core: [] };
for (let r = 0; r < 16; r++) for (const [k, f] of Object.entries(r % 2 ? runs : Object.fromEntries(Object.entries(runs).reverse()))) {
  (globalThis as any).gc?.();
  const t = process.cpuUsage(); for (let i = 0; i < 3000; i++) await f(); const u = process.cpuUsage(t); samples[k]!.push((u.user + u.system) / 3000);
}
const med = (x: number[]) => x.sort((a, b) => a - b)[x.length >> 1]!;
console.log("bare", med(samples.bare!).toFixed(1), "core", med(samples.core!).toFixed(1), "ratio", (med(samples.core!) / med(samples.bare!)).toFixed(2));
