import type { ErrorBody } from "@linkcard/types";
import type { Issue } from "./validate.js";
import { parseRetryAfter } from "./retry-after.js";

/** Every error the SDK throws. */
export class LinkcardError extends Error {}

/** The API answered with an error status, a redirect (never followed), or a 2xx that is not a message. */
export class APIError extends LinkcardError {
  /** The HTTP status. */
  readonly status: number;
  /** The parsed error body; undefined when it was empty or not JSON. */
  readonly body: ErrorBody | undefined;
  /** The response headers (`Location` for a redirect); any echo of the access token redacted. */
  readonly headers: Headers;
  /** The request id (`X-Request-Id`), when the API sent one: quote it to support. */
  readonly requestId: string | undefined;
  /** How long the API asked to wait before a retry, in ms (`Retry-After`); undefined when it did not say. */
  readonly retryAfter: number | undefined;

  constructor(status: number, body: ErrorBody | undefined, headers: Headers, requestId: string | undefined, detail: string) {
    super(`${status} ${detail}${requestId ? ` (request ${requestId})` : ""}`);
    this.status = status;
    this.body = body;
    this.headers = headers;
    this.requestId = requestId;
    this.retryAfter = parseRetryAfter(headers);
  }
}

/** 400: the request is malformed. Not sent. */
export class BadRequestError extends APIError {}
/** 401: the access token is missing, wrong or revoked. Not sent. */
export class AuthenticationError extends APIError {}
/** 403: the token may not send (quota or plan limit). Not sent. */
export class PermissionDeniedError extends APIError {}
/** 404: no such instance, or its session is gone. Not sent. */
export class NotFoundError extends APIError {}
/** 422: well-formed but not possible now (the session is not working). Not sent. */
export class UnprocessableEntityError extends APIError {}
/** 429: the instance's rate limit is exhausted. Not sent; `retryAfter` says when to try again. */
export class RateLimitError extends APIError {}
/** 500 and above: the API or WhatsApp failed. 500, 502 and 504 may have sent the message; 503 did not. */
export class InternalServerError extends APIError {}

/** No response arrived: the connection failed. `cause` holds the underlying error. */
export class APIConnectionError extends LinkcardError {}
/** No response arrived within `timeout`. The message may have been sent. */
export class APITimeoutError extends APIConnectionError {}
/** The caller's `signal` aborted the request. */
export class APIUserAbortError extends LinkcardError {}

/** Input broke the contract (params) or the client's rules (options); nothing was sent. */
export class ValidationError extends LinkcardError {
  /** Every violation, by field: `{ path: "chatId", message: "is required" }`. */
  readonly issues: Issue[];

  constructor(what: string, issues: Issue[]) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path || what} ${i.message}`).join("; ")}`);
    this.issues = issues;
  }
}

// names survive minification this way (class names do not), and show in stack traces and logs
for (const [name, type] of Object.entries({
  LinkcardError,
  APIError,
  BadRequestError,
  AuthenticationError,
  PermissionDeniedError,
  NotFoundError,
  UnprocessableEntityError,
  RateLimitError,
  InternalServerError,
  APIConnectionError,
  APITimeoutError,
  APIUserAbortError,
  ValidationError,
}))
  type.prototype.name = name;

const BY_STATUS: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** The error class for a status: one per documented status family, APIError for the rest. */
export const errorClassFor = (status: number): typeof APIError =>
  BY_STATUS[status] ?? (status >= 500 ? InternalServerError : APIError);
