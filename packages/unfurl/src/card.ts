import type { UnfurlError } from "./errors.js";
import type { Head } from "./head.js";

/** A card's image: where it is, and what was measured of it. */
export interface CardImage {
  /** The image's absolute URL. */
  url: string;
  /** The URL as the page (or the params) wrote it, before it was resolved. */
  rawUrl: string;
  /** Where it came from: `og:image`, `twitter:image`, `link rel=image_src`, or `thumbnail` (the params). */
  source: string;
  /** Width in pixels as displayed (EXIF rotation applied), when the image was fetched. */
  width?: number;
  /** Height in pixels as displayed, when the image was fetched. */
  height?: number;
  /** The MIME type its bytes show (`image/jpeg`), whatever the server called it. */
  type?: string;
  /** Its size in bytes (the Content-Length, or the bytes counted). */
  bytes?: number;
  /** Why it could not be measured (refused, HTTP status, too large, not an image, timeout). */
  error?: UnfurlError;
}

/** What the page's `<head>` says, as WhatsApp's rules look at it. */
export interface HeadFacts {
  /** The `og:` tags WhatsApp reads, as written (undefined when absent, "" when empty). */
  openGraph: { title?: string; description?: string; url?: string; image?: string };
  /** Where the `<head>` ended, in bytes of the HTML; undefined when it did not end within what was read. */
  end?: number;
}

/** A page's card, as a link preview shows it. */
export interface Card {
  /** The page's URL after redirects. */
  url: string;
  title?: string;
  description?: string;
  /** The first usable image: og:image, twitter:image, then `<link rel=image_src>`. */
  image?: CardImage;
  /** `og:site_name`. */
  siteName?: string;
  /** What WhatsApp's rules look at. */
  head: HeadFacts;
}

const IMAGE_SOURCES: [key: string, source: string][] = [
  ["og:image", "og:image"],
  ["og:image:url", "og:image"],
  ["og:image:secure_url", "og:image"],
  ["twitter:image", "twitter:image"],
  ["twitter:image:src", "twitter:image"],
];

/** An http(s) URL resolved against `base`, or undefined (unparsable, `javascript:`, `data:` ...). */
export function resolveWebUrl(raw: string, base: URL): URL | undefined {
  try {
    const url = new URL(raw, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url : undefined;
  } catch {
    return undefined;
  }
}

/** The card a head describes: Open Graph first, then Twitter cards, then `<title>` and meta description, then image_src. */
export function cardOf(head: Head & { endBytes?: number }, pageUrl: URL): Card {
  const meta = (key: string) => head.meta.get(key) || undefined;
  // relative URLs resolve against the page's final URL, or its <base href> as a browser does
  const base = (head.base && resolveWebUrl(head.base, pageUrl)) || pageUrl;
  const candidates: [raw: string | undefined, source: string][] = [
    ...IMAGE_SOURCES.map(([key, source]): [string | undefined, string] => [meta(key), source]),
    [head.imageSrc, "link rel=image_src"],
  ];
  let image: CardImage | undefined;
  for (const [raw, source] of candidates) {
    const url = raw ? resolveWebUrl(raw, base) : undefined;
    if (raw && url) {
      image = { url: url.href, rawUrl: raw, source };
      break;
    }
  }
  const card: Card = { url: pageUrl.href, head: { openGraph: {} } };
  const title = meta("og:title") ?? meta("twitter:title") ?? head.title;
  const description = meta("og:description") ?? meta("twitter:description") ?? meta("description");
  const siteName = meta("og:site_name");
  if (title) card.title = title;
  if (description) card.description = description;
  if (image) card.image = image;
  if (siteName) card.siteName = siteName;
  for (const key of ["title", "description", "url", "image"] as const) {
    const value = head.meta.get(`og:${key}`);
    if (value !== undefined) card.head.openGraph[key] = value;
  }
  if (head.endBytes !== undefined) card.head.end = head.endBytes;
  return card;
}
