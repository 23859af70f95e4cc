import type { components } from "./generated/schema.js";

export type { components, operations, paths } from "./generated/schema.js";
export { exampleMessage, exampleRequest } from "./generated/examples.js";

type Schemas = components["schemas"];

/** The body of `POST /v2/send/link-preview`: the card, the recipient and the credentials. */
export type SendLinkPreviewRequest = Schemas["SendLinkPreviewRequest"];
/** The sent message, as whatsapp-web.js describes it. */
export type Message = Schemas["Message"];
/** Identifies a message; `_serialized` is what `reply_to` takes. */
export type MessageId = Schemas["MessageId"];
/** How far delivery has got: an integer; -1 error, 0 pending, 1 server, 2 device, 3 read, 4 played, and others WhatsApp Web may pass through. */
export type MessageAck = Schemas["MessageAck"];
/** The raw WhatsApp Web message (`Message._data`). */
export type RawMessage = Schemas["RawMessage"];
/** An error body (the spec's `ErrorResponse`); every field is optional and others may appear. */
export type ErrorBody = Schemas["ErrorResponse"];
/** An empty list as the API serializes it, `{}`, where whatsapp-web.js has an array. */
export type EmptyList = Schemas["EmptyList"];
