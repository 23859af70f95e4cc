import { LinkcardError } from "@linkcard/core";

/** An image of the card, as the unfurl handler measured it. */
export interface UnfurlImage {
  /** The image's absolute URL. */
  url: string;
  /** Where it came from: `og:image`, `twitter:image`, `link rel=image_src`, or `thumbnail` (the params). */
  source: string;
  /** Width in pixels, when it could be fetched. */
  width?: number;
  /** Height in pixels, when it could be fetched. */
  height?: number;
  /** Its MIME type, from its bytes. */
  type?: string;
  /** Its size in bytes. */
  bytes?: number;
  /** Why it could not be measured. */
  error?: { name: string; message: string };
}

/** A rule of WhatsApp's that the card breaks, with what was measured and the rule's source. */
export interface UnfurlProblem {
  /** The rule's id in the spec's `x-card-rules`, such as `image-300px-wide`. */
  rule: string;
  /** `error`: the card will not look as asked; `info`: text will be cut. */
  severity: "error" | "info";
  /** One sentence: what is wrong, what is needed, and the source. */
  message: string;
}

/**
 * What `createUnfurlHandler` (in `@linkcard/unfurl`) answers: the card the recipient will see, filled from
 * the page where the params leave something out, and every rule it breaks. A type test holds it to that
 * package's `CardCheck`.
 */
export interface UnfurlResult {
  /** `large`, `small` (the square icon) or `no-image`. */
  card: "large" | "small" | "no-image";
  /** Why this card, in one sentence. */
  reason: string;
  /** Every rule the card breaks. */
  problems: UnfurlProblem[];
  /** The page's URL after redirects. */
  url: string;
  title?: string;
  description?: string;
  image?: UnfurlImage;
  siteName?: string;
  /** The page's own card, when it was read. */
  page?: { url: string; title?: string; description?: string; image?: UnfurlImage; siteName?: string };
  /** How much text shows: the title's lines, the description's characters. */
  display: { titleLines: number; descriptionCharacters: number };
}

/** The unfurl handler refused or could not read the page: `status` and `code` (`unfurl_refused_address` ...) say which. */
export class UnfurlRequestError extends LinkcardError {
  override name = "UnfurlRequestError" as const;
  /** The handler's HTTP status. */
  declare readonly status: number;
  /** What it said, e.g. `unfurl_timeout`. */
  declare readonly code: string;

  constructor(status: number, body: { code?: unknown; message?: unknown } | undefined) {
    super(`${status} ${String(body?.code ?? "unfurl_error")}: ${String(body?.message ?? "no message")}`);
    Object.assign(this, { status, code: String(body?.code ?? "unfurl_error") });
  }
}
