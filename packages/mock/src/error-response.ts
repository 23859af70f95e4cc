import { type IncomingMessage, type ServerResponse, STATUS_CODES } from "node:http";

/** Answers in the spec's error shape, `{ status, error, message, code }`, with the CORS headers Prism sends. */
export function sendError(req: IncomingMessage, res: ServerResponse, status: number, message: string, code: string) {
  const body = JSON.stringify({ status, error: STATUS_CODES[status], message, code });
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(body),
    // the same CORS headers Prism puts on its own answers, so a browser (the docs playground) can read ours too
    "access-control-allow-origin": req.headers.origin || "*",
    "access-control-allow-headers": req.headers["access-control-request-headers"] || "*",
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": "*",
  });
  res.end(body);
}
