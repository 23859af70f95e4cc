import { Parser } from "htmlparser2";
import { charsetParam } from "./charset.js";

/** What a page's `<head>` says that a card is made of. */
export interface Head {
  /** `<meta property|name=... content=...>`, by lower-cased key: the first non-empty value (or "" if all were empty). */
  meta: Map<string, string>;
  /** The first `<title>`'s text. */
  title?: string;
  /** The first `<link rel=image_src>`'s href. */
  imageSrc?: string;
  /** The first `<base href>`. */
  base?: string;
  /** A charset label from `<meta charset>` or `<meta http-equiv=content-type>`. */
  charset?: string;
  /** Where the head ended, in characters of the text parsed; undefined if it did not end in what was read. */
  end?: number;
}

// what is inside these is not the head's own markup (a template is inert; noscript is text where scripts run)
const OPAQUE = new Set(["noscript", "template"]);

/** Collapses runs of ASCII white space to one space and trims, as HTML renders text (a no-break or ideographic space stays). */
export const tidy = (text: string) => text.replace(/[ \t\n\f\r]+/g, " ").replace(/^ | $/g, "");

/**
 * Parses HTML (fed in pieces with `write`) with htmlparser2 until the `<head>` ends, at `</head>` or
 * `<body>`. Markup after that is never looked at.
 */
export class HeadParser {
  readonly head: Head = { meta: new Map() };
  private readonly parser: Parser;
  private opaque = 0;
  private title: string[] | undefined;
  private titleDone = false;
  private length = 0;
  // the parser closes every open element at the end of its input: that is no </head>
  private ending = false;

  constructor() {
    this.parser = new Parser(
      {
        onopentag: (name, attributes) => this.open(name, attributes),
        onclosetag: (name) => this.close(name),
        ontext: (text) => {
          if (this.title && this.opaque === 0) this.title.push(text);
        },
      },
      { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
    );
  }

  /** Whether the head has ended: nothing more needs to be read. */
  get done(): boolean {
    return this.head.end !== undefined;
  }

  write(text: string): void {
    if (this.done) return;
    this.length += text.length;
    this.parser.write(text);
  }

  /** Ends the parse. A `complete` document whose head never closed has it end where the document does; a cut one, nowhere read. */
  end(complete: boolean): void {
    this.ending = true;
    if (!this.done) this.parser.end();
    this.finishTitle();
    if (complete && !this.done) this.head.end = this.length;
  }

  private open(name: string, attributes: Record<string, string>): void {
    if (this.done) return;
    if (OPAQUE.has(name) || this.opaque > 0) {
      if (OPAQUE.has(name)) this.opaque++;
      return;
    }
    // The head is what stands between <head> and </head> (or <body>), as a person reads the source and
    // as WhatsApp's page words it. A browser would end it at the first element that cannot be in a head,
    // but pages saved from a browser, or patched by scripts and tag managers, have iframes and divs there
    // before their meta tags (test/corpus: bbc-1).
    if (name === "body") {
      this.head.end = this.parser.startIndex;
      return;
    }
    if (name === "meta") this.meta(attributes);
    else if (name === "title" && !this.titleDone && !this.title) this.title = [];
    else if (name === "link" && attributes.href && attributes.rel?.toLowerCase().split(/\s+/).includes("image_src"))
      this.head.imageSrc ??= attributes.href.trim();
    else if (name === "base" && attributes.href) this.head.base ??= attributes.href.trim();
  }

  private close(name: string): void {
    if (this.done || this.ending) return;
    if (OPAQUE.has(name) && this.opaque > 0) this.opaque--;
    else if (name === "title") this.finishTitle();
    else if (name === "head" && this.opaque === 0) this.head.end = this.parser.endIndex + 1;
  }

  private meta(attributes: Record<string, string>): void {
    if (attributes.charset) this.head.charset ??= attributes.charset;
    if (attributes["http-equiv"]?.toLowerCase() === "content-type") this.head.charset ??= charsetParam(attributes.content ?? null);
    if (attributes.content === undefined) return;
    const value = tidy(attributes.content);
    // Open Graph says `property`; many pages write `name="og:image"`, which crawlers read too
    for (const key of new Set([attributes.property, attributes.name].map((key) => key?.trim().toLowerCase())))
      if (key && !this.head.meta.get(key)) this.head.meta.set(key, value);
  }

  private finishTitle(): void {
    if (this.title && !this.titleDone) {
      const title = tidy(this.title.join(""));
      if (title) this.head.title = title;
      this.titleDone = true;
    }
    this.title = undefined;
  }
}
