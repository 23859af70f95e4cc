import { FIELDS, REQUIRED } from "./generated/contract.js";

/** One violation: the field and what is wrong with it. */
export interface Issue {
  /** The field, e.g. `chatId`; empty for the input as a whole. */
  path: string;
  /** What is wrong, e.g. `is required`. */
  message: string;
}

const isType = (value: unknown, type: string) =>
  type === "null" ? value === null : type === "integer" ? Number.isInteger(value) : typeof value === type;

/** Checks a request body against SendLinkPreviewRequest (the table compiled from the spec); returns every violation. */
export function validateSendLinkPreviewRequest(body: unknown): Issue[] {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return [{ path: "", message: "must be an object" }];
  const issues: Issue[] = [];
  const bad = (path: string, message: string) => issues.push({ path, message });
  const record = body as Record<string, unknown>;
  for (const name of REQUIRED) if (record[name] === undefined) bad(name, "is required");
  for (const name in record) {
    const value = record[name];
    if (value === undefined) continue; // absent, as JSON would send it
    const rule = Object.hasOwn(FIELDS, name) ? FIELDS[name] : undefined;
    if (!rule) {
      bad(name, "is not a known field");
      continue;
    }
    const [types, min, max, pattern, mismatch] = rule;
    if (!types.some((type) => isType(value, type))) {
      bad(name, `must be ${types.map((t) => (t === "null" ? t : `a ${t}`)).join(" or ")}`);
    } else if (typeof value === "string") {
      // JSON Schema counts code points, not UTF-16 units; count them only when the units leave it open
      const length = value.length > max || value.length < 2 * min ? [...value].length : value.length;
      if (length < min) bad(name, min === 1 ? "must not be empty" : `must be at least ${min} characters`);
      if (length > max) bad(name, `must be at most ${max} characters`);
      if (pattern && !pattern.test(value)) bad(name, mismatch);
    }
  }
  return issues;
}
