// Redaction of the access token from whatever the API (or a proxy in front of it) sends back. It may echo
// the request in any encoding, or several nested (the body quoted in a JSON string, then URL-encoded ...).
// Rather than list the encoded forms of the token, we decode the text layer by layer (JSON and JS escapes,
// percent-encoding, HTML character references) and look for the token in every layer, the way a
// reader would find it, in any case. The token as it is gets replaced by `***` in place; a text holding it
// in any other form is replaced whole. JSON is redacted value by value (`redactJson`), so the rest of a body survives.
// The token counts where it stands on its own, not inside a longer word: "123456789", the vendor's example
// token, is not redacted out of the phone number 201234567890. A token of LONG characters or more is random
// enough that any run of 2 * RUN - 1 of its characters counts too (an echo cut short, or cut by an
// encoding we do not decode). Base64 of the token is not looked for.

// The decoders, each with the escapes it reads. They run one at a time, in every order up to DEPTH deep:
// decoding two kinds at once would misread one kind's characters as the other's escapes.
const NAMED: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
const SHORT: Record<string, string> = { b: "\b", f: "\f", n: "\n", r: "\r", t: "\t" };
const DECODERS: Array<[RegExp, (escape: string, body: string) => string]> = [
  // JSON and JavaScript string escapes
  [/\\(u[\da-f]{4}|x[\da-f]{2}|[^])/gi, (_, e) => (e[1] ? String.fromCharCode(parseInt(e.slice(1), 16)) : (SHORT[e] ?? e))],
  // URL encoding: a run of %XX is UTF-8 (else Latin-1, one character a byte), %uXXXX is escape()'s; + is a space in forms
  [
    /\+|(?:%u[\da-f]{4}|%[\da-f]{2})+/gi,
    (e) => {
      try {
        return e === "+" ? " " : decodeURIComponent(e);
      } catch {
        return unescape(e);
      }
    },
  ],
  // HTML character references (the semicolon is optional after a number, and in practice after a name)
  [
    /&(#x[\da-f]{1,6}|#\d{1,7}|quot|amp|lt|gt|apos);?/gi,
    (_, e) => (e[0] === "#" ? String.fromCodePoint(Math.min(+e.slice(1).replace(/^x/i, "0x"), 0x10ffff)) : (NAMED[e.toLowerCase()] as string)),
  ],
];
const DEPTH = 4;
// how much decoding a text may cost, in characters scanned: enough for every decoding (some 120 of them)
// of a message's text full of escapes of every kind, and for a large value with a few (a base64 thumbnail);
// past that, a text counts as holding the token: a hostile body of megabytes of escapes costs at most a
// fraction of a second, and its error shows `***` instead of it
const BUDGET = { perChar: 8, base: 4_000_000 };
// a text without any of these characters has no escape for a decoder to read
const ESCAPES = /[\\%+&]/;
const RUN = 6;
const LONG = 16;
const WORD = /[A-Za-z0-9]/;
// deeper than this, a JSON value is not looked into but replaced
const JSON_DEPTH = 64;

/** Redacts the token from a text (returned as is, the same string, when it holds none). */
export type Redact = (text: string) => string;

/** A function that redacts every echo of `secret` from a text, in any of the encodings above. */
export function redactor(secret: string | undefined): Redact {
  if (!secret) return (text) => text;
  // a header made of the token's UTF-8 bytes reads back as Latin-1 characters; matching ignores case
  const forms = [...new Set([secret, unescape(encodeURIComponent(secret))].map((form) => form.toLowerCase()))];
  const literal = (text: string) => text.replace(/[$()*+.?[\\\]^{|}/-]/g, "\\$&");
  const edge = (char: string | undefined, look: string) => (WORD.test(char as string) ? `(?${look}[A-Za-z0-9])` : "");
  const alone = new RegExp(`${edge(secret[0], "<!")}(?:${forms.map(literal).join("|")})${edge(secret.at(-1), "!")}`, "gi");
  // searches that allocate nothing: a success body goes through them on every call
  const present = new RegExp(forms.map(literal).join("|"), "i");
  // any run of 2 * size - 1 characters of a long token holds one of these aligned chunks whole
  const chunks =
    secret.length < LONG
      ? undefined
      : new RegExp(forms.flatMap((form) => Array.from({ length: form.length / RUN }, (_, i) => literal(form.slice(i * RUN, i * RUN + RUN)))).join("|"), "i");
  /** Whether a text holds a chunk of the token, or the token standing alone, in any case. */
  const holds = (text: string) => !!chunks?.test(text) || (present.test(text) && text.search(alone) >= 0);
  return (text) => {
    const raw = present.test(text) ? text.replace(alone, "***") : text;
    // the common case, no echo and nothing a decoder reads, costs three searches
    if (!ESCAPES.test(raw) && !chunks?.test(raw)) return raw;
    // every decoding of the text, breadth first; a text without escapes is its only one
    const seen = new Set([raw]);
    let layer = [raw];
    let budget = BUDGET.perChar * raw.length + BUDGET.base;
    for (let depth = 0; depth <= DEPTH && layer.length; depth++) {
      const next: string[] = [];
      for (const decoded of layer) {
        if (holds(decoded) || (budget -= decoded.length * (DECODERS.length + 2)) < 0) return "***";
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

/** A parsed JSON value with every string, number and key redacted; the value itself when nothing was. */
export function redactJson(value: unknown, redact: Redact, depth = 0): unknown {
  if (typeof value === "string") return redact(value);
  if (typeof value === "number") return redact(String(value)) === String(value) ? value : "***";
  if (typeof value !== "object" || value === null) return value;
  if (depth > JSON_DEPTH) return "***";
  const entries = Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact, depth + 1)] as const);
  return Array.isArray(value) ? entries.map(([, item]) => item) : Object.fromEntries(entries);
}

/** Whether a value, or anything it holds (own properties, enumerable or not, to some depth), shows the secret. */
function holds(value: unknown, redact: Redact, seen: Set<object>, depth: number): boolean {
  if (typeof value === "string" || typeof value === "number") return redact(String(value)) !== String(value);
  if (typeof value !== "object" || value === null || seen.has(value) || depth > 8) return false;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key === "string" && redact(key) !== key) return true;
    let item: unknown;
    try {
      item = (value as Record<PropertyKey, unknown>)[key];
    } catch {
      continue;
    }
    if (holds(item, redact, seen, depth + 1)) return true;
  }
  return false;
}

/**
 * A fetch failure as it may be shown: itself when nothing in it (message, stack, cause, errors, any own
 * property) holds the secret, else a plain Error with the redacted name, message, stack and code, and its
 * cause and errors likewise.
 */
export function scrub(error: unknown, redact: Redact, depth = 0): unknown {
  if (!holds(error, redact, new Set(), 0)) return error;
  if (typeof error !== "object" || error === null) return redact(String(error));
  const { name, message, stack, code, cause, errors } = error as Record<string, unknown>;
  const text = (value: unknown) => (value === undefined ? undefined : redact(String(value)));
  const copy = new Error(text(message) ?? "", { cause: depth < 8 ? scrub(cause, redact, depth + 1) : undefined });
  Object.assign(copy, { name: text(name) ?? "Error", stack: text(stack) ?? "", code: text(code) });
  if (Array.isArray(errors)) Object.assign(copy, { errors: errors.map((e) => scrub(e, redact, depth + 1)) });
  return copy;
}
