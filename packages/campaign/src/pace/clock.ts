import { setTimeout as wait } from "node:timers/promises";

/** Where a campaign gets the time from, and how it waits. Give your own to simulate a long campaign in a test. */
export interface Clock {
  /** The time, in ms since the epoch. */
  now(): number;
  /** Resolves after `ms`; rejects (with the signal's reason) as soon as `signal` aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** The real clock: `Date.now()` and timers. */
export const realClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(Math.max(0, ms), undefined, { signal }),
};
