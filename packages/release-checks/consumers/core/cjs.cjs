// One send to the mock and one typed error, from CommonJS.
const { AuthenticationError, createClient } = require("@linkcard/core");
const { createProxyHandler, toNodeListener } = require("@linkcard/core/server");

(async () => {
  const client = createClient({ instanceId: "123456789", accessToken: "123456789", baseUrl: process.env.MOCK_URL, maxRetries: 0 });
  const params = { chatId: "201234567890", url: "https://wawp.net" };
  const message = await client.sendLinkPreview(params);
  const error = await client.sendLinkPreview(params, { headers: { prefer: "code=401" } }).catch((e) => e);
  if (!(error instanceof AuthenticationError)) throw new Error(`expected an AuthenticationError, got ${error}`);
  if (typeof createProxyHandler !== "function" || typeof toNodeListener !== "function") throw new Error("@linkcard/core/server is incomplete");
  console.log(JSON.stringify({ sent: message.id._serialized, error: `${error.name} ${error.status}` }));
})().catch((error) => {
  console.error(error);
  process.exit(1);
});
