import type { Message } from "@linkcard/core";

/** What one send's answer means for its recipient and for the campaign. */
export type Outcome =
  | { kind: "sent"; messageId: string | undefined; ack: number | undefined }
  /** Refused for this message (a 400, a validation error): final, never retried. */
  | { kind: "not-sent"; reason: string; code: string }
  /** It may have arrived (a timeout, a lost connection, a 5xx other than 503, an unknown error): never resent unless asked. */
  | { kind: "in-doubt"; reason: string }
  /**
   * Certainly not sent, and not this message's fault: the recipient stays planned. `then` says what the
   * campaign does: pause (429), back off (503, no connection), or stop (the instance refuses every send alike).
   */
  | { kind: "deferred"; reason: string; then: "pause"; retryAfter: number | undefined }
  | { kind: "deferred"; reason: string; then: "backoff" | "stop" };

interface SendFailure {
  name?: unknown;
  status?: unknown;
  mayHaveBeenSent?: unknown;
  retryAfter?: unknown;
}

export const sentOutcome = (message: Message): Outcome => ({
  kind: "sent",
  messageId: message?.id?._serialized,
  ack: typeof message?.ack === "number" ? message.ack : undefined,
});

/**
 * Reads a failed send by what the client says of it (`mayHaveBeenSent`, `status`), not by class, so a
 * second copy of @linkcard/core, or any client with the same error shape, is read alike. An error that
 * does not say whether the card may have gone out is in doubt.
 */
export function failureOutcome(error: unknown): Outcome {
  const failure = (typeof error === "object" && error !== null ? error : {}) as SendFailure;
  const status = typeof failure.status === "number" ? failure.status : undefined;
  const code = `${status ? `${status} ` : ""}${typeof failure.name === "string" ? failure.name : "Error"}`;
  const reason = `${code}: ${error instanceof Error ? error.message : String(error)}`.slice(0, 300);
  if (failure.mayHaveBeenSent !== false) return { kind: "in-doubt", reason };
  if (status === 429) return { kind: "deferred", reason, then: "pause", retryAfter: typeof failure.retryAfter === "number" ? failure.retryAfter : undefined };
  if (status === undefined) {
    if (failure.name === "ValidationError") return { kind: "not-sent", reason, code };
    // no connection (refused, unknown host), or aborted before sending
    return { kind: "deferred", reason, then: "backoff" };
  }
  if (status === 503) return { kind: "deferred", reason, then: "backoff" };
  // a 400 is about this request; 401, 403, 404, 422 and the rest say the token or instance cannot send
  // now (core documents each), so every other recipient would be refused alike: stop, and resume after the fix
  if (status === 400) return { kind: "not-sent", reason, code };
  return { kind: "deferred", reason, then: "stop" };
}
