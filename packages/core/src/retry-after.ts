import type { paths } from "@linkcard/types";

type Headers429 = paths["/v2/send/link-preview"]["post"]["responses"][429]["headers"];
// the name is checked against the spec by the compiler; Headers.get ignores case
const RETRY_AFTER = "Retry-After" satisfies keyof Headers429;

/** The response's `Retry-After` (seconds or an HTTP date) in ms; undefined when absent or unreadable. */
export function parseRetryAfter(headers: Headers, now = Date.now()): number | undefined {
  const value = headers.get(RETRY_AFTER)?.trim();
  if (!value) return undefined;
  const at = /^\d+$/.test(value) ? now + Number(value) * 1000 : /GMT$/.test(value) ? Date.parse(value) : Number.NaN;
  // 400 digits of seconds is Infinity: as unreadable as a word
  return Number.isFinite(at) ? Math.max(0, at - now) : undefined;
}
