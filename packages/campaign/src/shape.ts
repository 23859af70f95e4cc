/** A non-null object that is not an array. */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** Whether a value is a promise (or any thenable): a card function must return its params, not a promise of them. */
export const isThenable = (value: unknown): boolean => typeof (value as { then?: unknown } | null)?.then === "function";

/** The error's message, or the value as text, at most `max` characters. */
export const describe = (error: unknown, max = 300): string =>
  (error instanceof Error ? `${error.name}: ${error.message}` : String(error)).slice(0, max);
