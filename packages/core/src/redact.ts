// Redaction of the access token from what the API, or a proxy in front of it, sends back. Servers that
// echo a request do it in a handful of encodings: the pattern of each is computed once from the token,
// and one regex finds them all in a single pass, replacing only the matched span with `***`. Caught:
//  - each character of the token as it is, or escaped as JSON or JavaScript do (`\"`, `\/`, `\uXXXX`,
//    `\xXX`, `\u{X}`), percent-encoded (hex in either case; `+` for a space, as forms do), as an HTML
//    reference (named, decimal or hex, zero-padded or not), or as its UTF-8 bytes read as Latin-1 (a raw
//    header), in any mix;
//  - base64 and base64url of the token, in all three alignments (inside a longer encoded blob too), and
//    hex in either case.
// Anything else (octal or quoted-printable escapes, an encoding applied twice, compressed, encrypted, split
// across fields) is not. The first kind counts where it stands alone, not inside a longer word:
// "123456789", the vendor's example token, is not cut out of the phone number 201234567890. The second sits
// inside longer encodings by nature, so it counts anywhere, once long enough not to occur by chance.

/** Replaces every form of the token in a text with `***` (the same text when it holds none). */
export type Redact = (text: string) => string;

// an encoded form shorter than this would match ordinary text
const MIN = 8;
const NAMED: Record<string, string> = { "&": "amp", "<": "lt", ">": "gt", '"': "quot", "'": "apos" };
const WORD = /[A-Za-z\d]/;
const PART = "[A-Za-z\\d+/_-]?";

const literal = (text: string) => text.replace(/[$()*+.?[\\\]^{|}/-]/g, "\\$&");
/** A hex number matched in either case. */
const hex = (n: number, width = 1) => n.toString(16).padStart(width, "0").replace(/[a-f]/g, (c) => `[${c}${c.toUpperCase()}]`);
const utf8 = (text: string) => [...new TextEncoder().encode(text)];

/** Every way one character (a code point) may be written in the encodings of the first kind. */
function written(char: string): string {
  const point = char.codePointAt(0) as number;
  const bytes = utf8(char);
  const units = Array.from(char, (_, i) => char.charCodeAt(i));
  const ways = [
    literal(char),
    literal(JSON.stringify(char).slice(1, -1)),
    literal(String.fromCharCode(...bytes)),
    units.map((unit) => `\\\\u${hex(unit, 4)}`).join(""),
    `\\\\u\\{0*${hex(point)}\\}`,
    bytes.map((b) => `%${hex(b, 2)}`).join(""),
    `&#0*${point};?`,
    `&#[xX]0*${hex(point)};?`,
  ];
  if (point < 256) ways.push(`\\\\x${hex(point, 2)}`);
  if (char === "/") ways.push("\\\\/");
  if (char === " ") ways.push("\\+");
  if (NAMED[char]) ways.push(`&${NAMED[char]};`);
  return `(?:${[...new Set(ways)].join("|")})`;
}

/** The base64 characters that only the token's bits decide, with it starting `shift` bytes into a blob. */
function base64(bytes: number[], shift: number): string {
  const encoded = btoa(String.fromCharCode(...Array(shift).fill(0), ...bytes));
  return encoded.slice(Math.ceil((8 * shift) / 6), Math.floor((8 * (shift + bytes.length)) / 6));
}

/** The regex that finds every form of `secret` listed above, or undefined for no secret. */
export function tokenPattern(secret: string | undefined): RegExp | undefined {
  if (!secret) return undefined;
  const chars = [...secret];
  const plain = (WORD.test(chars[0] as string) ? "(?<![A-Za-z\\d])" : "") + chars.map(written).join("") + (WORD.test(chars.at(-1) as string) ? "(?![A-Za-z\\d])" : "");
  const bytes = utf8(secret);
  const encoded = bytes.length * 2 >= MIN ? [bytes.map((b) => hex(b, 2)).join("")] : [];
  for (let shift = 0; shift < 3; shift++) {
    const b64 = base64(bytes, shift);
    // the characters at either end carry bits of the token too: the span takes them (and any padding)
    if (b64.length >= MIN)
      for (const form of [b64, b64.replace(/\+/g, "-").replace(/\//g, "_")]) encoded.push(`${shift ? PART : ""}${literal(form)}${PART}=*`);
  }
  return new RegExp([plain, ...new Set(encoded)].join("|"), "g");
}

/** A function that redacts every listed form of `secret` from a text. */
export function redactor(secret: string | undefined): Redact {
  const pattern = tokenPattern(secret);
  return pattern ? (text) => text.replace(pattern, "***") : (text) => text;
}

// deeper than this, a JSON value is replaced, not walked (a Message is five levels deep)
const DEPTH = 64;

/** A parsed JSON value with every string and key redacted in place; numbers, booleans and null as they are. */
export function redactJson(value: unknown, redact: Redact, depth = 0): any {
  if (typeof value === "string") return redact(value);
  if (typeof value !== "object" || value === null) return value;
  if (depth > DEPTH) return "***";
  if (Array.isArray(value)) return value.map((item) => redactJson(item, redact, depth + 1));
  // fromEntries defines "__proto__" as a key, as JSON.parse did, never as the prototype
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [redact(key), redactJson(item, redact, depth + 1)]));
}

/** Whether a value, or anything it holds (own properties, enumerable or not, a few levels down), shows the secret. */
function holds(value: unknown, redact: Redact, seen: Set<object>, depth: number): boolean {
  if (typeof value === "string") return redact(value) !== value;
  if (typeof value !== "object" || value === null || seen.has(value) || depth > 8) return false;
  seen.add(value);
  return Reflect.ownKeys(value).some((key) => {
    if (typeof key === "string" && redact(key) !== key) return true;
    try {
      return holds((value as Record<PropertyKey, unknown>)[key], redact, seen, depth + 1);
    } catch {
      return false; // a getter that throws shows nothing
    }
  });
}

/**
 * A fetch failure as it may be shown: itself when nothing in it holds the secret (a custom fetch's error
 * may carry the request, as axios's `config.data` does), else a plain Error with its message, code, cause
 * and errors redacted.
 */
export function scrub(error: unknown, redact: Redact, depth = 0): unknown {
  if (!holds(error, redact, new Set(), 0)) return error;
  const { message, code, cause, errors } = ((typeof error === "object" && error) || { message: error }) as Record<string, unknown>;
  const copy = Object.assign(new Error(redact(String(message))), code === undefined ? {} : { code: redact(String(code)) }) as Error & { errors?: unknown[] };
  if (depth < 8 && cause !== undefined) copy.cause = scrub(cause, redact, depth + 1);
  if (Array.isArray(errors)) copy.errors = errors.map((item) => scrub(item, redact, depth + 1));
  copy.stack = `${copy.name}: ${copy.message}`;
  return copy;
}
