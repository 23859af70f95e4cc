import type { Message, SendLinkPreviewRequest } from "@linkcard/types";

export const idOf = (message: Message): string => message.id._serialized;
// @ts-expect-error chatId is a string
export const wrong: SendLinkPreviewRequest = { instance_id: "1", access_token: "2", chatId: 201234567890, url: "https://wawp.net" };
