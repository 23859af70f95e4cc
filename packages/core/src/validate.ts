import { CREDENTIALS } from "./credentials.js";
import { CLOSED, FIELDS, REQUIRED } from "./generated/contract.js";
import { typeOf } from "./shape.js";

/** One violation: the field and what is wrong with it. */
export interface Issue {
  /** The field, e.g. `chatId`; empty for the input as a whole. */
  path: string;
  /** What is wrong, e.g. `is required`. */
  message: string;
}

const TYPE_NAMES: Record<string, string> = { s: "a string", b: "a boolean", n: "null", i: "an integer", x: "a number", o: "an object", a: "an array" };
// own keys that would reach the prototype when copied into the request body (JSON.parse makes "__proto__"
// an own key), or replace the body when it is serialized (toJSON)
const FORBIDDEN = ["__proto__", "constructor", "prototype", "toJSON"];
// read at call time: credentials.ts imports this module too
const isCredential = (name: string) => CREDENTIALS.some(([, field]) => field === name);

/** What is wrong with one field of the request (its spec-compiled rule), or "" when nothing is. */
export function fieldIssue(name: string, value: unknown): string {
  if (value === undefined) return REQUIRED.includes(name) ? "is required" : "";
  const [types, min = 0, max = Infinity, pattern, mismatch] = FIELDS[name] as NonNullable<(typeof FIELDS)[string]>;
  if (!types.includes(typeOf(value))) return `must be ${[...types].map((t) => TYPE_NAMES[t]).join(" or ")}`;
  if (typeof value !== "string") return "";
  // JSON Schema counts code points, not UTF-16 units; count them only when the units leave it open
  const length = value.length > max || value.length < 2 * min ? [...value].length : value.length;
  if (length < min) return min === 1 ? "must not be empty" : `must be at least ${min} characters`;
  if (length > max) return `must be at most ${max} characters`;
  return pattern && !pattern.test(value) ? (mismatch as string) : "";
}

/**
 * Checks `sendLinkPreview`'s params (the request body without the credentials) against the spec; returns
 * every violation, by field. It is the check `sendLinkPreview` runs before sending: use it to show errors
 * in a form as the user types. Only the object's own enumerable fields count, as only they are sent. A
 * field the spec does not list is sent as given (the API may know it), if JSON can carry it.
 */
export const validateSendLinkPreviewParams = (params: unknown): Issue[] => checkParams(params);

/** validateSendLinkPreviewParams, telling `unknown` each field the spec does not list. */
export function checkParams(params: unknown, unknown?: (name: string) => void): Issue[] {
  if (typeOf(params) !== "o") return [{ path: "", message: "must be an object" }];
  const record = params as Record<string, unknown>;
  const issues: Issue[] = [];
  for (const name of REQUIRED)
    if (!isCredential(name) && (!Object.hasOwn(record, name) || record[name] === undefined))
      issues.push({ path: name, message: "is required" });
  for (const name of Object.keys(record)) {
    // an undefined field is an absent one, as JSON sends it: a required one is already named above
    if (record[name] === undefined) continue;
    const known = Object.hasOwn(FIELDS, name);
    const message = FORBIDDEN.includes(name)
      ? name === "toJSON"
        ? "is not allowed: JSON.stringify would send what it returns instead of the params"
        : "is not allowed: it would set the body's prototype"
      : isCredential(name)
        ? "is a credential: the client adds it"
        : known
          ? fieldIssue(name, record[name])
          : CLOSED
            ? "is not a known field"
            : !isJson(record[name]) && "must be a value JSON can carry (no BigInt, no cycles)";
    if (message) issues.push({ path: name, message });
    else if (!known) unknown?.(name);
  }
  return issues;
}

const isJson = (value: unknown) => {
  try {
    JSON.stringify(value);
    return true;
  } catch {
    return false;
  }
};
