// The media types Prism parses as JSON (type-is `application/json` and `application/*+json`): a malformed
// body of one of these makes Prism 5.14.2 hang without ever answering.
const JSON_TYPE = /^application\/(?:[^\s/;]*\+)?json$/;

/** Whether a `content-type` header names JSON, whatever its case and parameters. */
export function isJsonType(contentType: string | undefined): boolean {
  return JSON_TYPE.test(contentType?.split(";")[0]?.trim().toLowerCase() ?? "");
}

/** Why `body` is not JSON (`JSON.parse`'s own message), or `undefined` when it is. */
export function jsonError(body: Buffer): string | undefined {
  try {
    JSON.parse(body.toString("utf8"));
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
