export type { ErrorBody, MessageAck, MessageId, SendLinkPreviewRequest } from "@linkcard/types";
export { createClient } from "./client.js";
export type { LinkcardClient, MessageWithResponse } from "./client.js";
export type { Message, SendLinkPreviewParams } from "./message.js";
export {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  LinkcardError,
  NotFoundError,
  PermissionDeniedError,
  ProxyError,
  RateLimitError,
  UnprocessableEntityError,
  ValidationError,
} from "./errors.js";
export type { ProxyCode } from "./errors.js";
export { validateSendLinkPreviewParams } from "./validate.js";
export type { Issue } from "./validate.js";
export type { Logger, LogLevel } from "./log.js";
export type { ClientOptions, RequestOptions } from "./options.js";
export type { Delivery } from "./retry.js";
