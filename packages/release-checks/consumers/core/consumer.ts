import { AuthenticationError, createClient, type Message, type SendLinkPreviewParams } from "@linkcard/core";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";

const client = createClient({ instanceId: "1", accessToken: "2", baseUrl: "http://127.0.0.1:4010" });
export async function send(params: SendLinkPreviewParams): Promise<string> {
  const message: Message = await client.sendLinkPreview(params);
  return message.id._serialized;
}
// @ts-expect-error chatId is required
export const incomplete: SendLinkPreviewParams = { url: "https://wawp.net" };
export const statusOf = (error: unknown): number | undefined => (error instanceof AuthenticationError ? error.status : undefined);
export const handler: (request: Request) => Promise<Response> = createProxyHandler({ instanceId: "1", accessToken: "2", authorize: () => true });
export const listener = toNodeListener(handler);
