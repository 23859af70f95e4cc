/** A word as a POSIX shell reads it back: as is when it is plain, else in single quotes. */
export const shellQuote = (word: string) => (/^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`);
