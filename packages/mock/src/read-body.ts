import type { IncomingMessage } from "node:http";

/** Reads a request body of at most `limit` bytes; resolves `undefined` as soon as it turns out longer. */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  if (Number(req.headers["content-length"]) > limit) return Promise.resolve(undefined);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const onData = (chunk: Buffer) => {
      length += chunk.length;
      if (length <= limit) return void chunks.push(chunk);
      // stop holding bytes at once; the stream keeps flowing, so the rest is read and dropped, never kept
      req.off("data", onData).off("end", onEnd);
      chunks.length = 0;
      resolve(undefined);
    };
    const onEnd = () => resolve(Buffer.concat(chunks, length));
    // a client that goes away mid-body rejects; after "end" the promise is settled and this does nothing
    const onClose = () => reject(new Error("the client closed the connection before the body ended"));
    req.on("data", onData).once("end", onEnd).once("error", reject).once("close", onClose);
  });
}

/** Reads and drops the rest of a request body, hanging up once more than `limit` bytes have been dropped. */
export function dropBody(req: IncomingMessage, limit: number) {
  let dropped = 0;
  req.on("data", (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > limit) req.socket.destroy();
  });
  req.resume();
}
