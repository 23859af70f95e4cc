/** One entry of Prism's `sl-violations` header. */
interface Violation {
  location: string[];
  message: string;
}

// Prism cuts a header over ~8 KB and prefixes it with this, which leaves JSON that no longer parses
const TRUNCATED = "Too many violations! ";

/**
 * Names every violation of the request in Prism's `sl-violations` header in one sentence, e.g.
 * `request.body.chatId must match pattern "…"; request.body must have required property 'url'`;
 * `undefined` when the header holds none (its entries about Prism's own response are not the client's doing).
 */
export function describeViolations(header: string | null): string | undefined {
  if (!header) return undefined;
  const truncated = header.startsWith(TRUNCATED);
  const violations = parse(truncated ? complete(header.slice(TRUNCATED.length)) : header).filter(
    (violation) => violation.location[0] === "request",
  );
  if (!violations.length) return undefined;
  return violations.map(describe).join("; ") + (truncated ? "; and more" : "");
}

/** The violations in a header value; the malformed and the unknown are dropped. */
function parse(json: string): Violation[] {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return [];
  }
  return Array.isArray(value) ? value.filter(isViolation) : [];
}

function isViolation(value: unknown): value is Violation {
  const { location, message } = (value ?? {}) as Partial<Violation>;
  return Array.isArray(location) && location.every((part) => typeof part === "string") && typeof message === "string";
}

/** The whole entries at the start of a JSON array that was cut off mid-entry. */
function complete(start: string): string {
  const end = start.lastIndexOf('},{"location"');
  return end === -1 ? "[]" : `${start.slice(0, end + 1)}]`;
}

// Prism words a message as "Request body property chatId must match ...": where, then what. The location
// says where more exactly (`request.body.chatId`), so put it first and keep only the what.
function describe({ location, message }: Violation): string {
  const where = location.join(".");
  const [, part, ...path] = location;
  const kind = part === "body" ? "property" : "parameter";
  const prefix = `Request ${part} ${path.length ? `${kind} ${path.join(".")} ` : ""}`;
  return part && message.startsWith(prefix) ? `${where} ${message.slice(prefix.length)}` : `${where}: ${message}`;
}
