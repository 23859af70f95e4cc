import type { ErrorBody } from "@linkcard/types";

/** Headers on everything the proxy answers: never cached, never sniffed. */
export const NO_STORE = { "cache-control": "no-store", "x-content-type-options": "nosniff" };

/** A JSON response with the proxy's headers (and any others). */
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...NO_STORE, ...headers } });

const TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  499: "Client Closed Request",
  500: "Internal Server Error",
  502: "Bad Gateway",
  504: "Gateway Timeout",
};

/**
 * The proxy's own refusal, in the spec's error body shape, with a `code` starting `proxy_`, so a browser
 * can tell "the proxy said no" from "the API said no".
 */
export const refusal = (status: number, code: `proxy_${string}`, message: string, extra: object = {}, headers: Record<string, string> = {}) =>
  jsonResponse(status, { status, error: TEXT[status], message, code, ...extra } satisfies ErrorBody, headers);
