import type { ErrorBody } from "@linkcard/types";
import { parseRetryAfter } from "./retry-after.js";
import type { Issue } from "./validate.js";

/** Every error the SDK throws. */
export class LinkcardError extends Error {
  override name: string = "LinkcardError";
  /** Whether the card may have reached the recipient: sending it again may deliver it twice. */
  readonly mayHaveBeenSent: boolean = false;
}

/** The API answered with an error status, a redirect (never followed), or a 2xx that is not a message. */
export class APIError extends LinkcardError {
  override name: string = "APIError";
  /** The HTTP status. */
  declare readonly status: number;
  /** The parsed error body; undefined when it was empty, not JSON, or over the size limit. */
  declare readonly body: ErrorBody | undefined;
  /** The response headers (`Location` for a redirect); any echo of the access token redacted. */
  declare readonly headers: Headers;
  /** The request id (`X-Request-Id`), when the API sent one: quote it to support. */
  declare readonly requestId: string | undefined;
  /** How long the API asked to wait before a retry, in ms (`Retry-After`); undefined when it did not say. */
  declare readonly retryAfter: number | undefined;

  constructor(status: number, body: ErrorBody | undefined, headers: Headers, requestId: string | undefined, detail: string) {
    super(`${status} ${detail}${requestId ? ` (request ${requestId})` : ""}`);
    // a 2xx that is no message may still have delivered; so may a 5xx, but for 503 (the API took nothing)
    const mayHaveBeenSent = (status > 199 && status < 300) || (status > 499 && status !== 503);
    Object.assign(this, { status, body, headers, requestId, retryAfter: parseRetryAfter(headers), mayHaveBeenSent });
  }
}

/** 400: the request is malformed. Not sent. */
export class BadRequestError extends APIError {
  override name = "BadRequestError" as const;
}
/** 401: the access token is missing, wrong or revoked. Not sent. */
export class AuthenticationError extends APIError {
  override name = "AuthenticationError" as const;
}
/** 403: the token may not send (quota or plan limit). Not sent. */
export class PermissionDeniedError extends APIError {
  override name = "PermissionDeniedError" as const;
}
/** 404: no such instance, or its session is gone. Not sent. */
export class NotFoundError extends APIError {
  override name = "NotFoundError" as const;
}
/** 422: well-formed but not possible now (the session is not working). Not sent. */
export class UnprocessableEntityError extends APIError {
  override name = "UnprocessableEntityError" as const;
}
/** 429: the instance's rate limit is exhausted. Not sent; `retryAfter` says when to try again. */
export class RateLimitError extends APIError {
  override name = "RateLimitError" as const;
}
/** 500 and above: the API or WhatsApp failed. 503 did not send the message; the others may have. */
export class InternalServerError extends APIError {
  override name = "InternalServerError" as const;
}

/** Options of the errors that say themselves whether the card may have been sent. */
export interface SentOptions extends ErrorOptions {
  /** Whether the request may have reached the API. */
  mayHaveBeenSent: boolean;
}

/**
 * No response arrived. `mayHaveBeenSent` tells the two cases apart: false when the connection was refused
 * or the host is unknown (nothing left), true when it was lost after the request went out.
 */
export class APIConnectionError extends LinkcardError {
  override name: string = "APIConnectionError";

  constructor(message: string, options: SentOptions) {
    super(message, options);
    Object.assign(this, { mayHaveBeenSent: options.mayHaveBeenSent });
  }
}
/** No response arrived within `timeout`. The message may have been sent. */
export class APITimeoutError extends APIConnectionError {
  override name = "APITimeoutError" as const;

  constructor(message: string) {
    super(message, { mayHaveBeenSent: true });
  }
}
/** The caller's `signal` aborted the call: `mayHaveBeenSent` when a request was in flight; `cause` is the signal's reason. */
export class APIUserAbortError extends LinkcardError {
  override name = "APIUserAbortError" as const;

  constructor(message: string, options: SentOptions) {
    super(message, options);
    Object.assign(this, { mayHaveBeenSent: options.mayHaveBeenSent });
  }
}

/** The codes of your proxy's own answers (`@linkcard/core/server`), each with one meaning. */
export type ProxyCode =
  | "proxy_not_found"
  | "proxy_method_not_allowed"
  | "proxy_origin_not_allowed"
  | "proxy_unsupported_media_type"
  | "proxy_body_too_large"
  | "proxy_malformed_json"
  | "proxy_credentials_in_body"
  | "proxy_invalid_params"
  | "proxy_unauthorized"
  | "proxy_authorize_failed"
  | "proxy_authorize_timeout"
  | "proxy_upstream_unreachable"
  | "proxy_upstream_dropped"
  | "proxy_upstream_timeout"
  | "proxy_upstream_redirect"
  | "proxy_bad_upstream_response"
  | "proxy_client_closed"
  | "proxy_internal_error";

/** The proxy's answers after which the card may have reached the API: the request went out, and no answer said otherwise. */
export const PROXY_MAYBE_SENT: readonly ProxyCode[] = ["proxy_upstream_dropped", "proxy_upstream_timeout", "proxy_bad_upstream_response"];

/**
 * Your proxy (`@linkcard/core/server`) answered for itself, not for the API: it refused the request
 * (`proxy_unauthorized`, `proxy_invalid_params` ...) or got no usable answer from the API. `code` says which.
 */
export class ProxyError extends LinkcardError {
  override name = "ProxyError" as const;
  /** The HTTP status of the proxy's answer. */
  declare readonly status: number;
  /** What the proxy said, e.g. `proxy_unauthorized`. */
  declare readonly code: ProxyCode;
  /** The proxy's error body: `{ status, error, message, code }`, and `issues` for `proxy_invalid_params`. */
  declare readonly body: ErrorBody;
  /** The response headers. */
  declare readonly headers: Headers;

  constructor(status: number, body: ErrorBody & { code: ProxyCode }, headers: Headers) {
    super(`${status} ${body.code}: ${body.message}`);
    const { code } = body;
    Object.assign(this, { status, code, body, headers, mayHaveBeenSent: PROXY_MAYBE_SENT.includes(code) });
  }
}

/** Input broke the contract (params) or the client's rules (options); nothing was sent. */
export class ValidationError extends LinkcardError {
  override name = "ValidationError" as const;
  /** Every violation, by field: `{ path: "chatId", message: "is required" }`. */
  declare readonly issues: Issue[];

  constructor(what: string, issues: Issue[]) {
    super(`Invalid ${what}: ${issues.map((i) => `${i.path || what} ${i.message}`).join("; ")}`);
    Object.assign(this, { issues });
  }
}

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
