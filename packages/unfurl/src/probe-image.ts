import type { CardImage } from "./card.js";
import { kindOf, optionIssues, refuse, type UnfurlOptions } from "./options.js";
import { measure } from "./image.js";
import { sessionFor } from "./unfurl.js";

/** Fetches an image as `unfurl` fetches a page's (same safety, 5 MB cap) and measures it; a failure is on `error`. */
export async function probeImage(url: string, options?: UnfurlOptions): Promise<CardImage> {
  refuse([...(typeof url === "string" ? [] : [{ path: "url", message: `must be a string, not ${kindOf(url)}` }]), ...optionIssues(options)]);
  const session = sessionFor(options, url);
  try {
    return await measure(session, { url, rawUrl: url, source: "thumbnail" });
  } finally {
    session.close();
  }
}
