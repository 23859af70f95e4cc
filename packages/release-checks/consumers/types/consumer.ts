import type { ErrorBody, Message, SendLinkPreviewRequest, paths } from "@linkcard/types";

export const request: SendLinkPreviewRequest = { instance_id: "1", access_token: "2", chatId: "201234567890", url: "https://wawp.net" };
// @ts-expect-error url is required
export const incomplete: SendLinkPreviewRequest = { instance_id: "1", access_token: "2", chatId: "201234567890" };
export type Sent = paths["/v2/send/link-preview"]["post"]["responses"][200]["content"]["application/json"];
export const idOf = (message: Message | Sent): string => message.id._serialized;
export const messageOf = (error: ErrorBody): string | undefined => error.message;
