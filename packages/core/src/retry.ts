import { APIConnectionError, APIError, type LinkcardError, ProxyError } from "./errors.js";

/** `at-most-once` retries only when the message certainly was not sent; `at-least-once` may deliver twice. */
export type Delivery = "at-most-once" | "at-least-once";

/**
 * How long to wait before retry number `retry` (0-based), or undefined not to retry: only where the API
 * certainly did not take the message (429, 503, a connection that never reached it, through a proxy too),
 * unless the caller accepts duplicates (then also timeouts, lost connections and other 5xx). The wait is
 * what the server asked for (up to 60 s; beyond, we give the error back: it says when), else 0.5 s doubling
 * up to 8 s, less up to 25% jitter so that many clients do not retry in step.
 */
export function retryDelay(failure: LinkcardError, delivery: Delivery, retry: number): number | undefined {
  const retryable =
    failure instanceof APIError
      ? failure.status === 429 || failure.status === 503 || (failure.status >= 500 && delivery === "at-least-once")
      : failure instanceof APIConnectionError
        ? !failure.mayHaveBeenSent || delivery === "at-least-once"
        : failure instanceof ProxyError &&
          (failure.code === "proxy_upstream_unreachable" || (failure.mayHaveBeenSent && delivery === "at-least-once"));
  const asked = (failure as APIError).retryAfter;
  if (!retryable || (asked ?? 0) > 60_000) return undefined;
  return asked ?? Math.min(500 * 2 ** retry, 8000) * (1 - Math.random() * 0.25);
}
