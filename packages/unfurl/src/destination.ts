import { classifyAddress, isIpLiteral, normalizeAddress } from "./address.js";
import { InvalidUrlError, RefusedAddressError } from "./errors.js";

/** Where a fetch may go, from `dangerouslyAllowPrivateNetwork`: nowhere private (the default), anywhere, or the listed address:port pairs. */
export interface Policy {
  anywhere: boolean;
  /** Allowed non-public `address port` pairs, addresses normalized. */
  allowed: ReadonlySet<string>;
  /** The ports of those pairs (a name on such a port is looked up, then its addresses checked). */
  ports: ReadonlySet<number>;
}

const WEB_PORTS = new Set([80, 443]);

/** The policy of a `dangerouslyAllowPrivateNetwork` value that has already been validated. */
export function policyOf(option: boolean | readonly string[] | undefined): Policy {
  const pairs = Array.isArray(option) ? option.map(parsePair) : [];
  return {
    anywhere: option === true,
    allowed: new Set(pairs.map(([address, port]) => `${address} ${port}`)),
    ports: new Set(pairs.map(([, port]) => port)),
  };
}

/** `127.0.0.1:8080` or `[::1]:8080` as [normalized address, port]; throws a plain Error saying what is wrong. */
export function parsePair(entry: string): [string, number] {
  const colon = entry.lastIndexOf(":");
  const host = entry.slice(0, colon);
  const port = Number(entry.slice(colon + 1));
  const bracketed = host.startsWith("[") && host.endsWith("]");
  const literal = (bracketed || !host.includes(":")) && isIpLiteral(host);
  if (colon < 0 || !literal || !/^\d{1,5}$/.test(entry.slice(colon + 1)) || port < 1 || port > 65535)
    throw new Error(`must be an IP address and a port, as "127.0.0.1:8080" or "[::1]:8080"`);
  return [normalizeAddress(host), port];
}

/** Throws RefusedAddressError unless the policy lets `address` (what `host` resolved to) be dialled on `port`. */
export function checkDial(host: string, address: string, port: number, policy: Policy): void {
  if (policy.anywhere) return;
  const kind = classifyAddress(address);
  if (!kind.public) {
    if (policy.allowed.has(`${normalizeAddress(address)} ${port}`)) return;
    throw new RefusedAddressError(host, kind.range === "not an IP address" ? address : normalizeAddress(address), port, `not a public address (ipaddr.js range "${kind.range}")`);
  }
  if (!WEB_PORTS.has(port)) throw new RefusedAddressError(host, address, port, "only ports 80 and 443 are fetched");
}

/** The URL as given, with any user:password replaced, for messages. */
export const redactUrl = (input: string) => {
  try {
    const url = new URL(input);
    if (url.username || url.password) {
      url.username = "***";
      url.password = "";
    }
    return url.href;
  } catch {
    return input;
  }
};

/**
 * Checks a URL before it is fetched (the first one, and each redirect's): http(s), no credentials, and
 * a literal IP host (in any form the URL parser reads: `2130706433`, `0177.0.0.1`, `0x7f.1`, `127.1`,
 * `[::ffff:127.0.0.1]`) checked here, since a connection to a literal address does no lookup.
 * A host name is checked at connect time, against every address it resolves to.
 */
export function checkUrl(input: string, policy: Policy): URL {
  let url: URL;
  try {
    url = new URL(input);
  } catch {
    throw new InvalidUrlError(input, "not an absolute URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:")
    throw new InvalidUrlError(redactUrl(input), `only http and https URLs are fetched, not ${url.protocol}`);
  if (url.username || url.password) throw new InvalidUrlError(redactUrl(input), "has credentials (user:password@); they are never sent");
  const port = portOf(url);
  if (isIpLiteral(url.hostname)) checkDial(url.hostname, url.hostname, port, policy);
  else if (!policy.anywhere && !WEB_PORTS.has(port) && !policy.ports.has(port))
    throw new RefusedAddressError(url.hostname, url.hostname, port, "only ports 80 and 443 are fetched");
  return url;
}

/** The port a URL is dialled on. */
export const portOf = (url: URL) => (url.port ? Number(url.port) : url.protocol === "https:" ? 443 : 80);
