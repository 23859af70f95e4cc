import { APIUserAbortError } from "./errors.js";

const TIMED_OUT = Symbol("timeout");
const expire = (controller: AbortController) => controller.abort(TIMED_OUT);

/** A signal for one attempt: aborts when the caller's signal does or after `timeout` ms, and tells which. */
export function attemptSignal(timeout: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  const abort = outer && (() => controller.abort(outer.reason));
  if (outer?.aborted) controller.abort(outer.reason);
  if (abort) outer.addEventListener("abort", abort);
  // setTimeout would fire at once for Infinity (it overflows), so no timer means no timeout
  const timer = timeout < Infinity ? setTimeout(expire, timeout, controller) : undefined;
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.reason === TIMED_OUT,
    done() {
      clearTimeout(timer);
      if (abort) outer.removeEventListener("abort", abort);
    },
  };
}

/** Waits `ms`, or rejects with APIUserAbortError as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError("Request aborted while waiting to retry"));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", abort);
      resolve();
    }, ms);
    if (signal?.aborted) abort();
    signal?.addEventListener("abort", abort, { once: true });
  });
}
