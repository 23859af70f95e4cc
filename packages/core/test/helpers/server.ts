// A real local HTTP server for what the mock cannot script (delays, sequences, broken bodies).
// Note: nothing is mocked here; the client talks HTTP over loopback to this server.
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";

export interface Seen {
  headers: IncomingMessage["headers"];
  body: string;
  at: number;
}

type Handler = (req: IncomingMessage, res: ServerResponse, index: number) => void;

/** Starts a server on 127.0.0.1 that answers request number i with `handlers[i]` (the last one repeats). */
export const startServer = (...handlers: Handler[]) => startServerOn(0, ...handlers);

/** Like startServer, on a given port (0: any free one). */
export async function startServerOn(port: number, ...handlers: Handler[]) {
  const seen: Seen[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8").on("data", (c: string) => (body += c));
    req.on("end", () => {
      const index = seen.push({ headers: req.headers, body, at: Date.now() }) - 1;
      (handlers[Math.min(index, handlers.length - 1)] as Handler)(req, res, index);
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const bound = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${bound}`,
    port: bound,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A handler that answers `status` with a JSON body and headers. */
export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

/** A handler that answers `status` with a raw body. */
export const raw =
  (status: number, body: string, headers: Record<string, string> = {}): Handler =>
  (_req, res) => {
    res.writeHead(status, headers);
    res.end(body);
  };

/** A handler that never answers (until the server closes). */
export const hang: Handler = () => {};

/** A handler that drops the connection after reading the request: the message may have arrived. */
export const drop: Handler = (req) => req.socket.destroy();
