import { createClient } from "../../dist/index.js";
import createFetchClient from "openapi-fetch";
const spec = (await import("@linkcard/types/openapi.json", { with: { type: "json" } })).default;
const message = JSON.stringify(spec.components.examples.LinkPreviewMessage.value);
const params = { chatId: "201234567890", url: "https://wawp.net", text: "Check out our new website!", title: "Wawp - Advanced WhatsApp API", description: "The ultimate platform for WhatsApp automation.", linkPreviewHighQuality: true };
const memoryFetch = async () => new Response(message, { status: 200, headers: { "content-type": "application/json", "x-request-id": "req_1" } });
const c = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: "http://bench.invalid", fetch: memoryFetch, logLevel: "off" });
const bare = createFetchClient({ baseUrl: "http://bench.invalid", fetch: memoryFetch });
const body = { ...params, instance_id: "1", access_token: "1" };
const which = process.argv[2];
for (let r = 0; r < 5; r++) {
  const t = process.hrtime.bigint();
  for (let i = 0; i < 20000; i++) which === "bare" ? await bare.POST("/v2/send/link-preview", { body }) : await c.sendLinkPreview(params);
  console.log(which, Number(process.hrtime.bigint() - t) / 1000 / 20000);
}
