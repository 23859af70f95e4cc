// The docs server answers only requests addressed to it. A page on evil.example whose name is re-pointed
// at 127.0.0.1 (DNS rebinding) reaches this loopback port from a visitor's browser as a same-origin page,
// with `Host: evil.example:8080`: refused here, before the site, the proxy or the mock sees the request.
import { isIP } from "node:net";

const isLoopback = (host) => host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
const isWildcard = (host) => host === "0.0.0.0" || host === "::";
const bracketed = (host) => (host.includes(":") ? `[${host}]` : host);

/**
 * Whether a `Host` header names a server bound to `bound`:`port`: that address, or (bound to loopback or
 * to every address) `localhost`, `127.0.0.1` or `[::1]`, each with the port. Bound to every address, any
 * IP literal is the server's too: rebinding needs a name, and a name other than localhost is never taken.
 */
export function ownHost(bound, port) {
  const names = new Set([bracketed(bound).toLowerCase()]);
  if (isLoopback(bound) || isWildcard(bound)) for (const name of ["localhost", "127.0.0.1", "[::1]"]) names.add(name);
  return (header) => {
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(header?.toLowerCase() ?? "");
    if (!match) return false;
    const [, name, given] = match;
    // a browser leaves out the port when it is the scheme's default
    if (Number(given ?? 80) !== port) return false;
    return names.has(name) || (isWildcard(bound) && isIP(name.replace(/^\[|\]$/g, "")) !== 0);
  };
}

/** Answers 421 (Misdirected Request) in the spec's error shape. */
export function refuseMisdirected(res, url) {
  const body = JSON.stringify({
    status: 421,
    error: "Misdirected Request",
    message: `This server answers only requests addressed to it (${url})`,
    code: "misdirected_request",
  });
  res.writeHead(421, { "content-type": "application/json", "content-length": Buffer.byteLength(body), "cache-control": "no-store", connection: "close" });
  res.end(body);
}
