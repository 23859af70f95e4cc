/** The spec's error body (`ErrorResponse`): what every refusal of ours looks like, as the API's errors do. */
export interface ErrorBodyOf<Code extends string = string> {
  status: number;
  error: string;
  message: string;
  code: Code;
  [extra: string]: unknown;
}

// the statuses our servers answer themselves (node:http's STATUS_CODES would tie every runtime to Node)
const TEXT: Record<number, string> = {
  400: "Bad Request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not Found",
  405: "Method Not Allowed",
  408: "Request Timeout",
  413: "Content Too Large",
  415: "Unsupported Media Type",
  422: "Unprocessable Content",
  429: "Too Many Requests",
  499: "Client Closed Request",
  500: "Internal Server Error",
  502: "Bad Gateway",
  503: "Service Unavailable",
  504: "Gateway Timeout",
};

/** An error body in the spec's shape: `{ status, error, message, code, ...extra }`. */
export const errorBody = <Code extends string>(status: number, code: Code, message: string, extra: object = {}): ErrorBodyOf<Code> => ({
  status,
  error: TEXT[status] ?? "Error",
  message,
  code,
  ...extra,
});

/** Headers on every answer of ours: never cached, never sniffed. */
export const NO_STORE = { "cache-control": "no-store", "x-content-type-options": "nosniff" } as const;

/** A JSON response with `NO_STORE` (and any other headers). */
export const jsonResponse = (status: number, body: unknown, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...NO_STORE, ...headers } });

/** A refusal: `errorBody` as a JSON response. */
export const errorResponse = (status: number, code: string, message: string, extra: object = {}, headers: Record<string, string> = {}): Response =>
  jsonResponse(status, errorBody(status, code, message, extra), headers);
