// The media types Prism parses as JSON (type-is `application/json` and `application/*+json`): a malformed
// body of one of these makes Prism 5.x hang without ever answering.
const JSON_TYPE = /^application\/(?:[^\s/;]*\+)?json$/;
const utf8 = new TextDecoder();

/** Whether a `content-type` header names JSON, whatever its case and parameters. */
export function isJsonType(contentType: string | null): boolean {
  return JSON_TYPE.test(contentType?.split(";")[0]?.trim().toLowerCase() ?? "");
}

/** Why `body` is not JSON (`JSON.parse`'s own message), or `undefined` when it is. */
export function jsonError(body: Uint8Array): string | undefined {
  try {
    JSON.parse(utf8.decode(body));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
