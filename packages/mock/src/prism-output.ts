import { stripVTControlCharacters } from "node:util";

const LISTENING = /Prism is listening on (http:\/\/\S+)/;

/**
 * Makes Prism's log on `stream` name the public URL instead of its internal one. Until Prism says where it
 * listens, lines that name an address wait for that line; the others (such as why Prism failed) go out at once.
 * `onListening` gets Prism's address before the "listening" line goes out, so that line means the mock answers.
 */
export function rewritePrismOutput(stream: NodeJS.WriteStream, publicUrl: string, onListening: (url: URL) => void) {
  const write = stream.write.bind(stream) as (chunk: string, done?: () => void) => boolean;
  let internal: string | undefined;
  let partial = "";
  let held = "";
  const rewrite = (line: string) => {
    if (!internal) {
      const found = LISTENING.exec(stripVTControlCharacters(line))?.[1];
      if (!found) return line.includes("http://") ? void (held += line) : line;
      internal = found;
      onListening(new URL(found));
      line = held + line;
      held = "";
    }
    return line.replaceAll(internal, publicUrl);
  };
  stream.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    const done = rest.find((arg) => typeof arg === "function") as (() => void) | undefined;
    const text = partial + (typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
    const lines = text.split(/(?<=\n)/);
    partial = lines.at(-1)?.endsWith("\n") ? "" : (lines.pop() ?? "");
    const out = lines.map(rewrite).join("");
    if (out) return write(out, done);
    if (done) process.nextTick(done);
    return true;
  }) as typeof stream.write;
  // Prism stopped before it listened: whatever it said must still come out
  process.once("exit", () => {
    if (held || partial) write(held + partial);
  });
}
