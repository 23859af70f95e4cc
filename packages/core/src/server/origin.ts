/**
 * Whether the page that sent a request may use the proxy: one on the request's own origin (scheme, host
 * and port: behind TLS termination or a Host rewrite, give `toNodeListener` your public `origin`), or an
 * allowed one. Browsers send `Origin` with every POST; `Sec-Fetch-Site`, where they send it, must agree.
 * A request with neither is no browser's cross-site request (curl, a server).
 */
export function isAllowedOrigin(request: Request, allowed: ReadonlySet<string>): boolean {
  const origin = request.headers.get("origin");
  if (origin !== null && allowed.has(origin)) return true;
  const site = request.headers.get("sec-fetch-site");
  if (site !== null && site !== "same-origin" && site !== "none") return false;
  return origin === null || origin === new URL(request.url).origin;
}
