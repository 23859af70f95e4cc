import { bomEncoding, encodedLength, metaEncoding } from "./charset.js";
import { HeadParser, type Head } from "./head.js";

/** Where the encoding came from, strongest first. */
type Origin = "bom" | "header" | "meta" | "default";

/**
 * Decodes a page's bytes as they arrive and parses them up to the end of its `<head>`. The encoding is the
 * byte order mark's, else the Content-Type header's, else a `<meta charset>` (or http-equiv) one, else
 * UTF-8. When a `<meta>` names another encoding than the one guessed, the bytes read so far are decoded
 * again and parsed anew, as a browser does.
 */
export class HtmlReader {
  private readonly chunks: Uint8Array[] = [];
  private pending = 0;
  private origin: Origin;
  private encoding: string;
  private decoder!: TextDecoder;
  private parser!: HeadParser;
  private text: string[] = [];
  private started = false;

  constructor(headerEncoding: string | undefined) {
    this.origin = headerEncoding ? "header" : "default";
    this.encoding = headerEncoding ?? "utf-8";
  }

  get done(): boolean {
    return this.started && this.parser.done;
  }

  write(chunk: Uint8Array): void {
    this.chunks.push(chunk);
    if (!this.started) {
      // a byte order mark needs the first 3 bytes
      this.pending += chunk.length;
      if (this.pending < 3) return;
      this.start();
      return;
    }
    this.feed(chunk);
  }

  /** The head, with where it ended in bytes of the page; call once the body is done (`complete`) or cut. */
  finish(complete: boolean): Head & { endBytes?: number; encoding: string } {
    if (!this.started) this.start();
    this.feed(undefined);
    this.parser.end(complete);
    const head = this.parser.head;
    const endBytes = head.end === undefined ? undefined : encodedLength(this.text.join("").slice(0, head.end), this.encoding);
    return { ...head, ...(endBytes !== undefined && { endBytes }), encoding: this.encoding };
  }

  private start(): void {
    this.started = true;
    const bom = bomEncoding(concat(this.chunks.slice(0, 3)));
    if (bom) [this.origin, this.encoding] = ["bom", bom];
    this.restart();
  }

  private restart(): void {
    this.decoder = new TextDecoder(this.encoding);
    this.parser = new HeadParser();
    this.text = [];
    for (const chunk of this.chunks) this.feed(chunk, false);
  }

  private feed(chunk: Uint8Array | undefined, check = true): void {
    if (this.parser.done) return;
    const text = this.decoder.decode(chunk, { stream: chunk !== undefined });
    this.text.push(text);
    this.parser.write(text);
    if (!check || this.origin !== "default") return;
    const declared = metaEncoding(this.parser.head.charset);
    if (!declared) return;
    this.origin = "meta";
    if (declared !== this.encoding) {
      this.encoding = declared;
      this.restart();
    }
  }
}

const concat = (chunks: Uint8Array[]) => Buffer.concat(chunks);
