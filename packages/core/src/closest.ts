/** Levenshtein distance, ignoring case: how far a misspelt name is from a known one. */
function distance(a: string, b: string): number {
  a = a.toLowerCase();
  b = b.toLowerCase();
  let row = [...Array(b.length + 1).keys()];
  for (let i = 0; i < a.length; i++) {
    const next = [i + 1];
    for (let j = 0; j < b.length; j++)
      next.push(Math.min((row[j + 1] as number) + 1, (next[j] as number) + 1, (row[j] as number) + (a[i] === b[j] ? 0 : 1)));
    row = next;
  }
  return row[b.length] as number;
}

/** The known name closest to `name`, for a "did you mean" hint; with `near`, only one within half its own length. */
export function closest(name: string, known: readonly string[], near?: boolean): string | undefined {
  const best = known.reduce((best, candidate) => (distance(name, candidate) < distance(name, best) ? candidate : best));
  return !near || distance(name, best) <= best.length / 2 ? best : undefined;
}
