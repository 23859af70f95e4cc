import { cardOf, type Card } from "./card.js";
import { charsetParam, encodedLength, encodingOf } from "./charset.js";
import { policyOf } from "./destination.js";
import { InvalidInputError, NotHtmlError, type Issue } from "./errors.js";
import { HeadParser } from "./head.js";
import { HtmlReader } from "./html-reader.js";
import { measure } from "./image.js";
import { DEFAULT_TIMEOUT, kindOf, optionIssues, refuse, type UnfurlOptions } from "./options.js";
import { Session } from "./session.js";

/** The most of a page's HTML read: 512 KB (WhatsApp reads a head within the first 300 KB). */
export const HTML_CAP = 512 * 1024;
const ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/** A session for one call's options, which have been checked. */
export const sessionFor = (options: UnfurlOptions | undefined, what: string) =>
  new Session(policyOf(options?.dangerouslyAllowPrivateNetwork), options?.timeout ?? DEFAULT_TIMEOUT, options?.signal, what);

/** Fetches a page safely and reads its card up to the end of its `<head>`; `measureImage` also fetches the image. */
export async function readPage(session: Session, url: string, measureImage: boolean): Promise<Card> {
  const { response, url: final } = await session.fetch(url, ACCEPT);
  const contentType = response.headers.get("content-type");
  const mediaType = contentType?.split(";")[0]!.trim().toLowerCase();
  // a page without a Content-Type is read as HTML; one that says it is something else is not read at all
  if (mediaType && !HTML_TYPES.has(mediaType)) {
    await response.body?.cancel();
    throw new NotHtmlError(final.href, contentType!);
  }
  const reader = new HtmlReader(encodingOf(charsetParam(contentType)));
  const { capped } = await session.read(response, final.href, HTML_CAP, (chunk) => {
    reader.write(chunk);
    return reader.done;
  });
  const card = cardOf(reader.finish(!capped), final);
  if (card.image && measureImage) card.image = await measure(session, card.image);
  return card;
}

/**
 * Fetches `url` and returns the page's card: title, description, image (measured: width, height, type,
 * bytes), site name and the URL after redirects. Refuses any address that is not public (see
 * `dangerouslyAllowPrivateNetwork`), follows at most 5 redirects, reads at most 512 KB of HTML and 5 MB
 * of image, and gives up after 10 s in all.
 */
export async function unfurl(url: string, options?: UnfurlOptions): Promise<Card> {
  refuse([...(typeof url === "string" ? [] : [{ path: "url", message: `must be a string, not ${kindOf(url)}` }]), ...optionIssues(options)]);
  const session = sessionFor(options, url);
  try {
    return await readPage(session, url, true);
  } finally {
    session.close();
  }
}

/**
 * The card of HTML you already have (a string, or its bytes, whose `<meta charset>` is then honoured),
 * read as `unfurl` reads a fetched page, its relative URLs resolved against `url`. Nothing is fetched:
 * the image is not measured.
 */
export function unfurlHtml(html: string | Uint8Array, url: string): Card {
  const issues: Issue[] = [];
  if (typeof html !== "string" && !(html instanceof Uint8Array)) issues.push({ path: "html", message: `must be a string or a Uint8Array, not ${kindOf(html)}` });
  let base: URL | undefined;
  try {
    base = typeof url === "string" ? new URL(url) : undefined;
  } catch {}
  if (!base || (base.protocol !== "http:" && base.protocol !== "https:"))
    issues.push({ path: "url", message: typeof url === "string" ? "must be an absolute http(s) URL" : `must be a string, not ${kindOf(url)}` });
  if (issues.length) throw new InvalidInputError(issues);
  if (typeof html === "string") {
    const parser = new HeadParser();
    parser.write(html.length > HTML_CAP ? html.slice(0, HTML_CAP) : html);
    parser.end(html.length <= HTML_CAP);
    const { head } = parser;
    return cardOf({ ...head, ...(head.end !== undefined && { endBytes: encodedLength(html.slice(0, head.end), "utf-8") }) }, base!);
  }
  const reader = new HtmlReader(undefined);
  reader.write(html.subarray(0, HTML_CAP));
  return cardOf(reader.finish(html.length <= HTML_CAP), base!);
}
