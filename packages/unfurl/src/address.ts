import ipaddr from "ipaddr.js";

/** What an IP address is: public (`unicast`), or the special range that keeps it off the public Internet. */
export type AddressClass = { public: true } | { public: false; range: string };

/**
 * Classifies an IP address (v4 or v6, brackets allowed) by ipaddr.js's ranges: only `unicast` is public.
 * An IPv4-mapped IPv6 address (`::ffff:127.0.0.1`) is classified as the IPv4 address it carries, and an
 * IPv4-compatible one (`::127.0.0.1`, deprecated by RFC 4291) is refused as such, since ipaddr.js calls it unicast.
 * Anything that is not an IP address is `{ public: false, range: "not an IP address" }`.
 */
export function classifyAddress(address: string): AddressClass {
  const bare = address.startsWith("[") && address.endsWith("]") ? address.slice(1, -1) : address;
  if (!ipaddr.isValid(bare)) return { public: false, range: "not an IP address" };
  const parsed = ipaddr.process(bare);
  const range = parsed.range();
  if (range !== "unicast") return { public: false, range };
  if (parsed.kind() === "ipv6" && (parsed as ipaddr.IPv6).parts.slice(0, 6).every((part) => part === 0))
    return { public: false, range: "ipv4Compatible" };
  return { public: true };
}

/** The address as it is dialled: IPv4-mapped IPv6 unwrapped, IPv6 compressed; to compare with an allowed list. */
export const normalizeAddress = (address: string) =>
  ipaddr.process(address.startsWith("[") ? address.slice(1, -1) : address).toString();

/** Whether a URL's hostname is an IP address (a connection to it does no name lookup). */
export const isIpLiteral = (hostname: string) => ipaddr.isValid(hostname.startsWith("[") ? hostname.slice(1, -1) : hostname);
