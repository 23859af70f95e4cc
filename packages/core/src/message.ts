import type { EmptyList, Message as RawMessage, SendLinkPreviewRequest } from "@linkcard/types";
import type { CredentialField } from "./credentials.js";

type Lists<T> = { [K in keyof T]: Exclude<T[K], EmptyList> };

/**
 * The sent message, as `sendLinkPreview` resolves it: the spec's `Message`, with plain arrays where the
 * API may serialize an empty list as `{}` (the client turns those into `[]`). `@linkcard/types` has the raw type.
 */
export type Message = Lists<Omit<RawMessage, "_data">> & { _data: Lists<RawMessage["_data"]> };

/** What `sendLinkPreview` takes: the request body without the credentials, which the client adds. */
export type SendLinkPreviewParams = Omit<SendLinkPreviewRequest, CredentialField>;
