// A real HTTP server on 127.0.0.1 for the tests, counting what reaches it: every TCP connection (a
// refusal must come before any), every request, and the bytes each response got written.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface TestServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  port: number;
  /** `127.0.0.1:PORT`, for dangerouslyAllowPrivateNetwork */
  pair: string;
  connections: number;
  requests: IncomingMessage[];
  close(): Promise<void>;
}

export async function serve(handler: (request: IncomingMessage, response: ServerResponse) => void, host = "127.0.0.1"): Promise<TestServer> {
  const server = createServer((request, response) => {
    state.requests.push(request);
    handler(request, response);
  });
  const state = { connections: 0, requests: [] as IncomingMessage[] };
  server.on("connection", (socket) => {
    state.connections++;
    socket.on("error", () => {});
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(":") ? `[${host}]` : host;
  return Object.assign(state, {
    origin: `http://${shown}:${port}`,
    port,
    pair: `${shown}:${port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  });
}

/** Writes `total` bytes (the first ones `head`, then spaces) with back-pressure, until done or the client goes; resolves to the bytes the socket took. */
export function stream(response: ServerResponse, total: number, head: Uint8Array = new Uint8Array()): Promise<number> {
  return new Promise((resolve) => {
    let queued = 0;
    let written = 0;
    const filler = Buffer.alloc(64 * 1024, 0x20);
    response.on("close", () => resolve(written));
    const pump = () => {
      while (queued < total && !response.destroyed) {
        const chunk = queued === 0 && head.length ? head : filler.subarray(0, Math.min(filler.length, total - queued));
        queued += chunk.length;
        const ok = response.write(chunk, (error) => {
          if (!error) written += chunk.length;
        });
        if (!ok) return void response.once("drain", pump);
      }
      if (queued >= total) response.end();
    };
    pump();
  });
}
