// Redaction of the access token from whatever the API (or a proxy in front of it) sends back. It may echo
// the request in any encoding, or several nested (the body quoted in a JSON string, then URL-encoded ...).
// Rather than list the encoded forms of the token, we decode the text layer by layer (JSON and JS escapes,
// percent-encoding, HTML character references) and look for the token in every layer, the way a reader
// would find it. The token as it is gets replaced by `***` in place; a text holding it in any other form
// is replaced whole. JSON is redacted value by value (`redactJson`), so the rest of a body survives.
// The token counts where it stands on its own, not inside a longer word: "123456789", the vendor's example
// token, is not redacted out of the phone number 201234567890. A token of LONG characters or more is random
// enough that any run of 2 * RUN - 1 of its characters counts too (an echo cut short, or cut by an
// encoding we do not decode).

// The decoders, each with the escapes it reads. They run one at a time, in every order up to DEPTH deep:
// decoding two kinds at once would misread one kind's characters as the other's escapes.
const NAMED: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
const SHORT: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const DECODERS: Array<[RegExp, (escape: string, body: string) => string]> = [
  // JSON and JavaScript string escapes
  [/\\(u[\da-f]{4}|x[\da-f]{2}|[^])/gi, (_, e) => (e[1] ? String.fromCharCode(parseInt(e.slice(1), 16)) : (SHORT[e] ?? e))],
  // URL encoding: a run of %XX is UTF-8 (else Latin-1, one character a byte); + is a space in forms
  [
    /\+|(?:%[\da-f]{2})+/gi,
    (e) => {
      try {
        return e === "+" ? " " : decodeURIComponent(e);
      } catch {
        return unescape(e);
      }
    },
  ],
  // HTML character references
  [
    /&(#x[\da-f]{1,6}|#\d{1,7}|quot|amp|lt|gt|apos);/gi,
    (_, e) => (e[0] === "#" ? String.fromCodePoint(Math.min(+e.slice(1).replace(/^x/i, "0x"), 0x10ffff)) : (NAMED[e.toLowerCase()] as string)),
  ],
];
const DEPTH = 4;
// a text without any of these characters has no escape for a decoder to read
const ESCAPES = /[\\%+&]/;
const RUN = 6;
const LONG = 16;
const WORD = /[A-Za-z0-9]/;

/** Redacts the token from a text (returned as is, the same string, when it holds none). */
export type Redact = (text: string) => string;

/** A function that redacts every echo of `secret` from a text, in any of the encodings above. */
export function redactor(secret: string | undefined): Redact {
  if (!secret) return (text) => text;
  // a header made of the token's UTF-8 bytes reads back as Latin-1 characters
  const forms = [...new Set([secret, unescape(encodeURIComponent(secret))])];
  const edge = (char: string | undefined, look: string) => (WORD.test(char as string) ? `(?${look}[A-Za-z0-9])` : "");
  const alone = new RegExp(
    `${edge(secret[0], "<!")}(?:${forms.map((form) => form.replace(/[$()*+.?[\\\]^{|}/-]/g, "\\$&")).join("|")})${edge(secret.at(-1), "!")}`,
    "g",
  );
  // any run of 2 * size - 1 characters of a long token holds one of these aligned chunks whole
  const chunks =
    secret.length < LONG ? [] : forms.flatMap((form) => Array.from({ length: form.length / RUN }, (_, i) => form.slice(i * RUN, i * RUN + RUN)));
  const found = (layer: string) =>
    chunks.some((chunk) => layer.includes(chunk)) || (forms.some((form) => layer.includes(form)) && layer.search(alone) >= 0);
  return (text) => {
    const raw = forms.some((form) => text.includes(form)) ? text.replace(alone, "***") : text;
    // the common case, no echo and nothing a decoder reads, costs a few includes and one test
    if (!ESCAPES.test(raw) && !chunks.some((chunk) => raw.includes(chunk))) return raw;
    // every decoding of the text, breadth first; a text without escapes is its only one
    const seen = new Set([raw]);
    let layer = [raw];
    for (let depth = 0; depth <= DEPTH && layer.length; depth++) {
      const next: string[] = [];
      for (const decoded of layer) {
        if (found(decoded)) return "***";
        if (depth < DEPTH)
          for (const [escapes, decode] of DECODERS) {
            const deeper = decoded.replace(escapes, decode);
            if (!seen.has(deeper)) next.push(deeper), seen.add(deeper);
          }
      }
      layer = next;
    }
    return raw;
  };
}

/** A parsed JSON value with every string (and key) redacted; the value itself when nothing was. */
export function redactJson(value: unknown, redact: Redact): unknown {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null) return value;
  const entries = Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact)] as const);
  return Array.isArray(value) ? entries.map(([, item]) => item) : Object.fromEntries(entries);
}

/**
 * A fetch failure (and its causes) as it may be shown: itself when no message or stack holds the secret,
 * else a plain Error with the redacted message, stack, name and code.
 */
export function scrub(error: unknown, redact: Redact, depth = 0): unknown {
  if (!(error instanceof Error)) return typeof error === "string" ? redact(error) : error;
  const cause = depth < 8 ? scrub(error.cause, redact, depth + 1) : undefined;
  const { message, stack = "", name } = error;
  if (redact(message) === message && redact(stack) === stack && cause === error.cause) return error;
  return Object.assign(new Error(redact(message), { cause }), { name, code: (error as { code?: unknown }).code, stack: redact(stack) });
}
