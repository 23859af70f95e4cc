import { APIConnectionError, APIError, type LinkcardError } from "./errors.js";

/** `at-most-once` retries only when the message certainly was not sent; `at-least-once` may deliver twice. */
export type Delivery = "at-most-once" | "at-least-once";

/**
 * How long to wait before retry number `retry` (0-based), or undefined not to retry: only where the API
 * certainly did not take the message, unless the caller accepts duplicates. The wait is what the server
 * asked for (up to 60 s; beyond, we give the error back: it says when), else 0.5 s doubling up to 8 s,
 * less up to 25% jitter so that many clients do not retry in step.
 */
export function retryDelay(failure: LinkcardError, delivery: Delivery, retry: number): number | undefined {
  const duplicatesOk = delivery === "at-least-once";
  const retryable =
    failure instanceof APIError
      ? // 429 and 503 mean the API did not take the message; other 5xx might have sent it
        failure.status === 429 || failure.status === 503 || (duplicatesOk && failure.status >= 500)
      : failure instanceof APIConnectionError && (duplicatesOk || !failure.mayHaveBeenSent);
  const asked = (failure as APIError).retryAfter;
  if (!retryable || (asked ?? 0) > 60_000) return undefined;
  return asked ?? Math.min(500 * 2 ** retry, 8000) * (1 - Math.random() * 0.25);
}
