/** Writes lines to stdout. */
export const out = (text: string) => void process.stdout.write(`${text}\n`);
/** Writes lines to stderr. */
export const err = (text: string) => void process.stderr.write(`${text}\n`);
