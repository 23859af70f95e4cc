import { APIUserAbortError } from "./errors.js";

const TIMED_OUT = Symbol("timeout");
const expire = (controller: AbortController) => controller.abort(TIMED_OUT);

// One "abort" listener per caller signal, however many calls share it: EventTarget warns past 10
// (MaxListenersExceededWarning), and one signal for a whole batch of sends is a normal thing to pass.
const subscribers = new WeakMap<AbortSignal, Set<() => void>>();

/** Runs `callback` when `signal` aborts (it must not be aborted yet); returns the unsubscribe. */
function onAbort(signal: AbortSignal, callback: () => void): () => boolean {
  let callbacks = subscribers.get(signal);
  if (!callbacks) {
    const all = (callbacks = new Set());
    subscribers.set(signal, all);
    signal.addEventListener("abort", () => all.forEach((f) => f()), { once: true });
  }
  callbacks.add(callback);
  return () => (callbacks as Set<() => void>).delete(callback);
}

/** A signal for one attempt: aborts when the caller's signal does or after `timeout` ms, and tells which. */
export function attemptSignal(timeout: number, outer: AbortSignal | undefined) {
  const controller = new AbortController();
  const off = outer && (outer.aborted ? controller.abort(outer.reason) : onAbort(outer, () => controller.abort(outer.reason)));
  // setTimeout would fire at once for Infinity (it overflows), so no timer means no timeout
  const timer = timeout < Infinity ? setTimeout(expire, timeout, controller) : undefined;
  return {
    signal: controller.signal,
    timedOut: () => controller.signal.reason === TIMED_OUT,
    done() {
      clearTimeout(timer);
      off && off();
    },
  };
}

/** Waits `ms`, or rejects with APIUserAbortError (its `cause` the caller's reason) as soon as `signal` aborts. */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError("Request aborted while waiting to retry", { cause: signal?.reason, mayHaveBeenSent: false }));
    };
    const off = signal && !signal.aborted && onAbort(signal, abort);
    const timer = setTimeout(() => {
      off && off();
      resolve();
    }, ms);
    if (signal?.aborted) abort();
  });
}
