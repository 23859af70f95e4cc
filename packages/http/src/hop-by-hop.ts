/**
 * Headers that describe one connection, not the message (RFC 9110 §7.6.1, plus `keep-alive` and
 * `proxy-connection` from RFC 7230's list, and `expect`, which asks the next hop only): each side of a
 * proxy sets its own, so none is ever passed on.
 */
export const HOP_BY_HOP: ReadonlySet<string> = new Set([
  "connection",
  "keep-alive",
  "proxy-connection",
  "transfer-encoding",
  "te",
  "trailer",
  "upgrade",
  "expect",
]);
