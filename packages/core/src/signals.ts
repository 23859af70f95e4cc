import { APIUserAbortError } from "./errors.js";

const TIMED_OUT = Symbol("timeout");

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

/** One attempt's deadline: its signal aborts when the caller's does or after `timeout` ms, and it tells which. */
export interface Deadline {
  signal: AbortSignal;
  timedOut(): boolean;
  /** `work`, or a rejection as soon as the deadline passes, whether or not `work` heeds the signal. */
  guard<T>(work: Promise<T>): Promise<T>;
  done(): void;
}

/** The deadline of one attempt. */
export function attemptSignal(timeout: number, outer: AbortSignal | undefined): Deadline {
  // made when first asked for, or when the attempt is aborted: most attempts end before either
  let controller: AbortController | undefined;
  let reason: unknown;
  // what guard() waits on, rejected by whatever aborts the attempt: no listener of its own on the signal
  let reject: ((reason: unknown) => void) | undefined;
  const abort = (why: unknown) => {
    if (reason !== undefined) return;
    reason = why;
    controller?.abort(why);
    reject?.(why);
  };
  const off = outer && (outer.aborted ? abort(outer.reason) : onAbort(outer, () => abort(outer.reason)));
  // setTimeout would fire at once for Infinity (it overflows), so no timer means no timeout
  const timer = timeout < Infinity ? setTimeout(abort, timeout, TIMED_OUT) : undefined;
  return {
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (reason !== undefined) controller.abort(reason);
      }
      return controller.signal;
    },
    timedOut: () => reason === TIMED_OUT,
    guard: (work) => Promise.race([work, new Promise<never>((_, fail) => (reason !== undefined ? fail(reason) : (reject = fail)))]),
    done() {
      clearTimeout(timer);
      off && off();
    },
  };
}

/**
 * Waits `ms`, or rejects with APIUserAbortError (its `cause` the caller's reason) as soon as `signal`
 * aborts; `mayHaveBeenSent` is what the attempts so far leave open.
 */
export function sleep(ms: number, signal: AbortSignal | undefined, mayHaveBeenSent: boolean): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      reject(new APIUserAbortError("Aborted while waiting to retry", { cause: signal?.reason, mayHaveBeenSent }));
    };
    const off = signal && !signal.aborted && onAbort(signal, abort);
    const timer = setTimeout(() => {
      off && off();
      resolve();
    }, ms);
    if (signal?.aborted) abort();
  });
}
