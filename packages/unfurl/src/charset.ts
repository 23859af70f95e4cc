/** A WHATWG encoding's name for a charset label (`latin1` → `windows-1252`), or undefined for a label TextDecoder does not know. */
export function encodingOf(label: string | undefined): string | undefined {
  if (!label) return undefined;
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

/** The encoding a `<meta>` declares, as the HTML standard reads it: a UTF-16 label means UTF-8, x-user-defined windows-1252. */
export function metaEncoding(label: string | undefined): string | undefined {
  const encoding = encodingOf(label);
  if (encoding?.startsWith("utf-16")) return "utf-8";
  return encoding === "x-user-defined" ? "windows-1252" : encoding;
}

/** The encoding a byte order mark names, if the bytes start with one. */
export function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  return undefined;
}

/** The `charset` parameter of a Content-Type header value (`text/html; charset="Shift_JIS"` → `Shift_JIS`). */
export function charsetParam(contentType: string | null): string | undefined {
  for (const parameter of (contentType ?? "").split(";").slice(1)) {
    const [name, ...value] = parameter.split("=");
    if (name?.trim().toLowerCase() === "charset") return value.join("=").trim().replace(/^"(.*)"$/, "$1") || undefined;
  }
  return undefined;
}

const SINGLE_BYTE = /^(windows-|iso-8859-|koi8-|ibm866|macintosh|x-mac-)/;

/**
 * How many bytes of the encoded page the first `text` characters took: exact for UTF-8, UTF-16 and the
 * single-byte encodings; for the East Asian multi-byte ones an estimate (1 byte per ASCII character, 2 per other).
 */
export function encodedLength(text: string, encoding: string): number {
  if (encoding === "utf-8") return Buffer.byteLength(text, "utf8");
  if (encoding.startsWith("utf-16")) return text.length * 2;
  if (SINGLE_BYTE.test(encoding)) return text.length;
  let ascii = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) < 0x80) ascii++;
  return ascii + 2 * (text.length - ascii);
}
