import { type IncomingMessage, request as send } from "node:http";
import { Readable } from "node:stream";
import { HOP_BY_HOP } from "@linkcard/http";

// answers that carry no body, whatever their headers say
const NO_BODY = new Set([204, 205, 304]);

/** Sends `request`, its body already read as `body`, on to Prism at `prism`; resolves to Prism's answer as it streams in. */
export function forward(request: Request, body: Uint8Array, prism: URL): Promise<Response> {
  const { pathname, search } = new URL(request.url);
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    if (!HOP_BY_HOP.has(name) && name !== "content-length") headers[name] = value;
  });
  // say a body was sent (even an empty one) exactly when the client said so: Prism reads none otherwise
  if (body.byteLength || request.headers.has("content-length") || request.headers.has("transfer-encoding"))
    headers["content-length"] = String(body.byteLength);
  return new Promise((resolve, reject) => {
    // a fresh connection per request: a kept-alive one can be closed by Prism just as it is reused
    const upstream = send(prism, { method: request.method, path: pathname + search, headers, agent: false, signal: request.signal });
    upstream.once("response", (answer) => resolve(toResponse(answer, request.method)));
    upstream.once("error", reject);
    upstream.end(body);
  });
}

function toResponse(answer: IncomingMessage, method: string): Response {
  const headers = new Headers();
  for (const [name, value] of Object.entries(answer.headers))
    if (value !== undefined && !HOP_BY_HOP.has(name)) for (const one of [value].flat()) headers.append(name, one);
  const status = answer.statusCode ?? 502;
  if (method === "HEAD" || NO_BODY.has(status)) {
    answer.resume();
    return new Response(null, { status, headers });
  }
  return new Response(Readable.toWeb(answer) as ReadableStream<Uint8Array>, { status, headers });
}
