import core = require("@linkcard/core");
import server = require("@linkcard/core/server");

const client = core.createClient({ instanceId: "1", accessToken: "2" });
export const send = async (params: core.SendLinkPreviewParams): Promise<string> => (await client.sendLinkPreview(params)).id._serialized;
export const handler = server.createProxyHandler({ authorize: () => true });
// @ts-expect-error url is a string
export const wrong: core.SendLinkPreviewParams = { chatId: "201234567890", url: 1 };
