// What a failed fetch says happened, read from its error and that error's causes: undici puts the
// system error two levels down (TypeError "fetch failed" → Error { code: "ECONNREFUSED" }).

type Failure = { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | undefined;

// failures to connect, so the request never left (Node/undici, Bun and Deno spellings)
const NOT_SENT = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|UND_ERR_CONNECT_TIMEOUT|ConnectionRefused|FailedToOpenSocket/;

const causes = (error: unknown): Failure[] => {
  const all: Failure[] = [];
  for (let e = error as Failure; e && all.length < 8; e = e.cause as Failure) all.push(e);
  return all;
};

/** Whether the request certainly did not reach the server (refused, or no such host). */
export const neverSent = (error: unknown): boolean => causes(error).some((e) => NOT_SENT.test(`${e?.code} ${e?.name} ${e?.message}`));

/** What happened, from the deepest cause: its code, if any, and its message (`ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:1`). */
export function whatHappened(error: unknown): string {
  const deepest = causes(error).at(-1);
  return `${typeof deepest?.code === "string" ? `${deepest.code}: ` : ""}${deepest?.message ?? deepest}`;
}
