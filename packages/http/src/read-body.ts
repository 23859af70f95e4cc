/**
 * Reads a body of at most `limit` bytes. Resolves `undefined` as soon as it turns out larger (declared or
 * sent), having cancelled the rest unread: a hostile or broken peer cannot make us hold more than `limit`.
 */
export async function readBody(body: ReadableStream<Uint8Array> | null, limit: number, declared?: string | null): Promise<Uint8Array | undefined> {
  if (Number(declared) > limit) {
    await body?.cancel().catch(() => {});
    return undefined;
  }
  if (!body) return new Uint8Array(0);
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    chunks.push(value);
  }
  if (chunks.length === 1) return chunks[0];
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) bytes.set(chunk, (at += chunk.byteLength) - chunk.byteLength);
  return bytes;
}

const utf8 = new TextDecoder();
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

/** `readBody` as UTF-8 text; with `strict`, invalid UTF-8 throws (a request body that is not text is malformed). */
export async function readText(message: Request | Response, limit: number, strict = false): Promise<string | undefined> {
  const bytes = await readBody(message.body, limit, message.headers.get("content-length"));
  return bytes && (strict ? strictUtf8 : utf8).decode(bytes);
}
