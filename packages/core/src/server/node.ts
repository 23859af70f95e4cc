// node:http (and Express, whose req and res are node:http's) in front of a web-standard handler. No
// import of node: modules, so this entry still loads in runtimes without them.
import type { IncomingMessage, ServerResponse } from "node:http";

// after a refusal, a client still sending is drained this far (so it can read the refusal), then cut off
const DRAIN_LIMIT = 16 * 1024 * 1024;

/** The request's body as a stream that reads only as fast as it is consumed; cancelling it drains and drops the rest. */
function bodyOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  // once cancelled (a refusal, such as a body over the limit), the stream takes nothing more: closing or
  // erroring it then would throw, out of an event listener, and take the process down
  let cancelled = false;
  return new ReadableStream({
    start(controller) {
      req.on("data", (chunk: Uint8Array) => {
        if (cancelled) return;
        controller.enqueue(new Uint8Array(chunk));
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

/** The node:http request as a web Request. A body that Express's parsers already read is taken from `req.body`. */
function toRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers))
    if (!name.startsWith(":") && value !== undefined) for (const one of [value].flat()) headers.append(name, one);
  // the target must be a path: an absolute one (http://other.host/...) or //other.host would name another host
  if (!/^\/(?!\/)/.test(req.url ?? "")) throw new Error("not a path");
  const url = new URL(`http://${req.headers.host ?? "localhost"}${req.url}`);
  const method = req.method ?? "GET";
  const parsed = (req as { body?: unknown }).body;
  let body: BodyInit | undefined;
  if (method !== "GET" && method !== "HEAD")
    body =
      req.readableEnded && parsed !== undefined
        ? typeof parsed === "string" || parsed instanceof Uint8Array
          ? (parsed as BodyInit)
          : JSON.stringify(parsed)
        : bodyOf(req);
  return new Request(url, { method, headers, body, signal, duplex: "half" } as RequestInit);
}

/**
 * A `(req, res)` listener for node:http and Express that runs a web-standard handler, such as
 * `createProxyHandler`'s. Mount it before any body parser (or it reads the parsed `req.body`).
 */
export function toNodeListener(handler: (request: Request) => Promise<Response>): (req: IncomingMessage, res: ServerResponse) => void {
  return (req, res) => {
    const aborted = new AbortController();
    res.once("close", () => res.writableFinished || aborted.abort(new Error("the client closed the connection")));
    let request: Request;
    try {
      request = toRequest(req, aborted.signal);
    } catch {
      res.writeHead(400, { "content-type": "text/plain", "cache-control": "no-store", connection: "close" }).end("Bad request");
      return;
    }
    handler(request)
      .then(async (response) => {
        const headers: Record<string, string | string[]> = {};
        response.headers.forEach((value, name) => (headers[name] = value));
        const cookies = response.headers.getSetCookie?.();
        if (cookies?.length) headers["set-cookie"] = cookies;
        res.writeHead(response.status, headers);
        if (response.body) for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
        res.end();
      })
      .catch(() => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain", "cache-control": "no-store" });
        res.end();
      });
  };
}
