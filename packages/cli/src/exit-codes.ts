// Every exit code of `linkcard` and what it means, in one place: `--help` prints this table, and a test
// checks the README's against it.
const CODES = {
  ok: [0, "success: check found no failing rule; send sent every recipient (or the dry run's plan is good); status read the journal"],
  failed: [1, "check or send --dry-run: the card breaks a rule; send: some recipients were not sent or are in doubt"],
  usage: [2, "bad flags, a credential given as a flag, or WAWP_INSTANCE_ID / WAWP_ACCESS_TOKEN not set; nothing fetched or sent"],
  input: [3, "bad CSV, --text template or card, each problem named with its line; nothing sent"],
  fetch: [4, "the page or image could not be read (refused address, timeout, HTTP status, not HTML, too large)"],
  journal: [5, "the journal is held by another run, was planned from another CSV or card, or cannot be read; nothing sent"],
  stopped: [6, "send stopped early and can resume (daily cap, long 429, the API refusing or unreachable); the resume command is printed"],
  internal: [70, "an unexpected error (a bug in linkcard): its stack is printed; please report it"],
  interrupted: [130, "send interrupted by Ctrl-C or SIGTERM; sends in flight were journaled; the resume command is printed"],
} as const;

type Name = keyof typeof CODES;

/** The exit codes by name: `EXIT.usage` is 2. */
export const EXIT = Object.fromEntries(Object.entries(CODES).map(([name, [code]]) => [name, code])) as { [N in Name]: (typeof CODES)[N][0] };

/** Every code with its meaning, in order. */
export const EXIT_MEANINGS = Object.values(CODES);
