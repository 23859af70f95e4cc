import type { LinkcardClient, SendLinkPreviewParams } from "@linkcard/core";

/** One recipient: its chatId, and any fields a card function or a template reads. */
export interface Recipient {
  /** Who gets the card: a phone number with country code, or a WhatsApp ID. */
  chatId: string;
  [field: string]: unknown;
}

/** The card: `sendLinkPreview`'s params without `chatId`, which comes from each recipient. */
export type CardParams = Omit<SendLinkPreviewParams, "chatId">;

/** The card for everyone, or a function that makes each recipient's (called once per recipient, when the campaign is planned). */
export type Card = CardParams | ((recipient: Recipient) => CardParams);

/** Recipients: an array, or any iterable or async iterable (a stream of rows). */
export type Recipients = Iterable<Recipient> | AsyncIterable<Recipient>;

/** What a campaign needs of a client: any object with `sendLinkPreview`, such as `createClient()`'s. */
export type CampaignClient = Pick<LinkcardClient, "sendLinkPreview">;
