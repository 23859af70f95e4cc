// The corpus (test/corpus/manifest.json) and the two readers compared on it: @linkcard/unfurl's
// unfurlHtml, and open-graph-scraper called on the same HTML through its `html` option.
import { readFileSync } from "node:fs";
import ogs from "open-graph-scraper";
import { unfurlHtml } from "../dist/index.js";

const root = new URL("../test/corpus/", import.meta.url);
const manifest = JSON.parse(readFileSync(new URL("manifest.json", root), "utf8"));

/** Each page: its manifest entry and its HTML. */
export const pages = manifest.pages.map((page) => ({ ...page, html: readFileSync(new URL(page.file, root), "utf8") }));

const absolute = (url, base) => {
  try {
    return url ? new URL(url.trim(), base).href : null;
  } catch {
    return url;
  }
};

/**
 * The readers, each giving { title, description, image } for a page. open-graph-scraper's own
 * fallbacks are kept (its ogTitle falls back to <title>, its ogDescription to meta description); its
 * Twitter fields come next, and its image URL is made absolute against the page's URL, as ours is.
 */
export const readers = {
  "@linkcard/unfurl": (page) => {
    const card = unfurlHtml(page.html, page.url);
    return { title: card.title ?? null, description: card.description ?? null, image: card.image?.url ?? null };
  },
  "open-graph-scraper": async (page) => {
    const { result } = await ogs({ html: page.html });
    return {
      title: result.ogTitle ?? result.twitterTitle ?? null,
      description: result.ogDescription ?? result.twitterDescription ?? null,
      image: absolute(result.ogImage?.[0]?.url ?? result.twitterImage?.[0]?.url, page.url),
    };
  },
};
