// node:http (and Express, whose req and res are node:http's) in front of a web-standard handler. Types
// only from node:, so the entries that bundle this still load in runtimes without Node's modules.
import type { IncomingMessage, ServerResponse } from "node:http";
import { errorBody } from "./error-body.js";

/** Options of `toNodeListener`. */
export interface NodeListenerOptions {
  /** The origin your users reach this server at (`https://app.example.com`): the requests' URL, whatever `Host` says. Default: `http://` and the `Host` header, which must be a plain host[:port]. */
  origin?: string;
  /** How long a request body may take to arrive, in ms (default 10000); a slower one gets `408` and the connection is closed. */
  bodyTimeout?: number;
}

// a host name or an IP literal, and a port: nothing that could carry a path, a query or credentials
const HOST = /^(?:[a-z\d](?:[a-z\d-]*[a-z\d])?(?:\.[a-z\d](?:[a-z\d-]*[a-z\d])?)*\.?|\[[\da-f:.]+\])(?::\d{1,5})?$/i;
// a request target in origin form: one slash, then no second one or a backslash (which URL reads as one)
const PATH = /^\/(?![/\\])/;
// After a refusal a client may still be sending: drained this far, then cut off. Cut off sooner, the
// connection is reset while the client still sends, and its OS then drops the refusal unread (with 1 MiB,
// a 4 MiB upload from another process lost its 413 more often than not).
const DRAIN_LIMIT = 16 * 1024 * 1024;

/** The request's body as a stream that reads only as fast as it is consumed; cancelling it drains and drops the rest. */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  // once cancelled, the stream takes nothing more: closing or erroring it then would throw from a listener
  let cancelled = false;
  return new ReadableStream({
    start(controller) {
      req.on("data", (chunk: Uint8Array) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.once("end", () => cancelled || controller.close());
      req.once("error", (error) => cancelled || controller.error(error));
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      cancelled = true;
      let drained = 0;
      req.on("data", (chunk: Uint8Array) => {
        if ((drained += chunk.byteLength) > DRAIN_LIMIT) req.destroy();
      });
      req.resume();
    },
  });
}

/** Answers `status` in the spec's error shape, closing the connection. */
function refuse(res: ServerResponse, status: number, code: string, message: string) {
  const body = JSON.stringify(errorBody(status, code, message));
  res.writeHead(status, { "content-type": "application/json", "cache-control": "no-store", connection: "close" }).end(body);
}

/** Writes a web Response to node:http, waiting for the socket to drain between chunks. */
async function send(response: Response, res: ServerResponse) {
  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => (headers[name] = value));
  const cookies = response.headers.getSetCookie?.();
  if (cookies?.length) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (response.body) {
    const reader = response.body.getReader();
    const closed = new Promise<void>((resolve) => res.once("close", resolve));
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        if (!res.write(value)) await Promise.race([new Promise((resolve) => res.once("drain", resolve)), closed]);
        if (res.destroyed) break;
      }
    } finally {
      reader.cancel().catch(() => {});
    }
  }
  res.end();
}

/**
 * A `(req, res)` listener for node:http and Express that runs a web-standard handler. The request's URL is
 * `origin` (or `http://` and a checked `Host`) plus the path of the request line. A body that does not
 * arrive within `bodyTimeout` gets `408`. Mount it before any body parser, or it reads the parsed `req.body`.
 */
export function toNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: IncomingMessage, res: ServerResponse) => void {
  const { origin, bodyTimeout = 10_000 } = options;
  if (origin !== undefined && !(typeof origin === "string" && /^https?:\/\/[^/?#@\s]+$/i.test(origin) && URL.canParse(origin)))
    throw new TypeError('toNodeListener: origin must be an origin such as "https://app.example.com" (no path)');
  if (!(bodyTimeout > 0 && bodyTimeout < 2 ** 31)) throw new TypeError("toNodeListener: bodyTimeout must be a number of ms from 1 to 2147483647");
  return (req, res) => {
    const host = req.headers.host ?? "";
    const target = req.url ?? "";
    if (!PATH.test(target) || (origin === undefined && !HOST.test(host)))
      return refuse(res, 400, "bad_request", "The request target must be a path and Host a host name");
    const aborted = new AbortController();
    res.once("close", () => res.writableFinished || aborted.abort(new Error("the client closed the connection")));
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (value !== undefined) for (const one of [value].flat()) headers.append(name, one);
    const method = req.method ?? "GET";
    const parsed = (req as { body?: unknown }).body;
    let body: BodyInit | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    if (method !== "GET" && method !== "HEAD") {
      if (req.readableEnded && parsed !== undefined)
        body = typeof parsed === "string" || parsed instanceof Uint8Array ? (parsed as BodyInit) : JSON.stringify(parsed);
      else if (!req.readableEnded) {
        body = bodyOf(req);
        // a body dripped a byte at a time would hold the connection (and a file descriptor) for minutes
        timer = setTimeout(() => {
          if (!res.headersSent) refuse(res, 408, "request_timeout", `The request body did not arrive within ${bodyTimeout} ms`);
          req.destroy();
        }, bodyTimeout);
        req.once("end", () => clearTimeout(timer));
        res.once("close", () => clearTimeout(timer));
      }
    }
    let request: Request;
    try {
      request = new Request(`${origin ?? `http://${host}`}${target}`, { method, headers, body, signal: aborted.signal, duplex: "half" } as RequestInit);
    } catch {
      clearTimeout(timer);
      return refuse(res, 400, "bad_request", "The request could not be read");
    }
    handler(request)
      .then((response) => (res.headersSent ? response.body?.cancel() : send(response, res)))
      .catch(() => {
        if (!res.headersSent) refuse(res, 500, "internal_error", "Internal error");
        else res.destroy();
      });
  };
}
