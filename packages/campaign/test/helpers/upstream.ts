// The counting upstream: a real HTTP server on 127.0.0.1 standing in for the API. It records every
// request it received (parsed body, arrival time on the given clock, the x-worker header) and answers
// each as `answer` says: a Message (default), a status, a delay, a dropped connection or no answer at all.
import { type IncomingMessage, type ServerResponse, createServer } from "node:http";
import type { AddressInfo } from "node:net";
import spec from "@linkcard/types/openapi.json" with { type: "json" };

export interface Received {
  /** 0-based arrival order. */
  index: number;
  chatId: string;
  body: Record<string, unknown>;
  /** Arrival time, on `now`. */
  at: number;
  worker: string | undefined;
  /** Set once the answer was fully written to the socket. */
  answered: boolean;
}

export type Answer =
  | { status?: number; body?: unknown; headers?: Record<string, string>; delayMs?: number }
  | { drop: true }
  | { hang: true };

const example = spec.components.examples.LinkPreviewMessage.value;

/** A Message for `chatId`, its id unique per request. */
export function messageFor(chatId: string, n: number) {
  const serialized = `true_${chatId}_MSG${n}`;
  return { ...example, id: { ...example.id, _serialized: serialized, id: `MSG${n}` }, _data: { ...example._data, id: { ...example._data.id, _serialized: serialized } } };
}

export async function startUpstream(answer: (request: Received) => Answer | Promise<Answer> = () => ({}), now: () => number = Date.now) {
  const received: Received[] = [];
  const sockets = new Set<import("node:net").Socket>();
  const listeners: (() => void)[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = "";
    req.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    req.on("end", async () => {
      let body: Record<string, unknown> = {};
      try {
        body = JSON.parse(text);
      } catch {}
      const request: Received = {
        index: received.length,
        chatId: String(body.chatId),
        body,
        at: now(),
        worker: req.headers["x-worker"] as string | undefined,
        answered: false,
      };
      received.push(request);
      listeners.splice(0).forEach((f) => f());
      const plan = await answer(request);
      if ("hang" in plan) return;
      if ("drop" in plan) return req.socket.destroy();
      if (plan.delayMs) await new Promise((r) => setTimeout(r, plan.delayMs));
      res.on("finish", () => (request.answered = true));
      res.writeHead(plan.status ?? 200, { "content-type": "application/json", ...plan.headers });
      res.end(JSON.stringify(plan.body ?? messageFor(request.chatId, request.index)));
    });
  });
  server.on("connection", (socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    /** How many requests reached it for each chatId. */
    counts(): Map<string, number> {
      const counts = new Map<string, number>();
      for (const r of received) counts.set(r.chatId, (counts.get(r.chatId) ?? 0) + 1);
      return counts;
    },
    /** Resolves once `n` requests in all have arrived. */
    async until(n: number): Promise<void> {
      while (received.length < n) await new Promise<void>((resolve) => listeners.push(resolve));
    },
    close: () =>
      new Promise<void>((resolve) => {
        sockets.forEach((s) => s.destroy());
        server.close(() => resolve());
      }),
  };
}

export type Upstream = Awaited<ReturnType<typeof startUpstream>>;
