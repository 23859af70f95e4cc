/**
 * The JSON type of a value, as one letter: `s` string, `b` boolean, `n` null, `i` integer, `x` other
 * number, `o` object, `a` array, `u` anything else. Spec-compiled rules list the letters they allow.
 */
export const typeOf = (value: unknown): string =>
  value === null ? "n" : Array.isArray(value) ? "a" : Number.isInteger(value) ? "i" : (LETTERS[typeof value] ?? "u");

const LETTERS: Record<string, string> = { number: "x", string: "s", boolean: "b", object: "o" };

/** What a value must be: its allowed types, and for an object, the shapes of its required fields. */
export type Shape = string | [types: string, fields: Record<string, Shape>];

/** Whether a value has a shape (compiled from a spec schema: types and required fields, all the way down). */
export function matches(value: any, shape: Shape): boolean {
  if (typeof shape === "string") return shape.includes(typeOf(value));
  if (!shape[0].includes(typeOf(value))) return false;
  for (const name in shape[1]) if (!matches(value[name], shape[1][name] as Shape)) return false;
  return true;
}
