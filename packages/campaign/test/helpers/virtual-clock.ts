import { vi } from "vitest";
import type { Clock } from "../../src/index.js";
import type { Upstream } from "./upstream.js";

/**
 * Virtual time for a campaign: `Date` is faked (rate-limiter-flexible's memory limiter reads it), and a
 * sleep moves it forward at once, so a campaign of minutes runs in milliseconds and no test decides on
 * wall-clock timing. Before time moves, every send already started must have reached the upstream and
 * been answered and journaled (as it would, in real time, long before the next gap ends), so each request
 * is stamped with the virtual time it was released at. `started` and `inFlight` are fed by onProgress.
 */
export function virtualClock(upstream: () => Upstream, start = "2026-12-03T09:00:00.000Z") {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date(start));
  const state = { started: 0, inFlight: 0, slept: [] as number[] };
  const clock: Clock = {
    now: () => Date.now(),
    async sleep(ms, signal) {
      while (upstream().received.length < state.started || state.inFlight > 0) await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) throw signal.reason;
      state.slept.push(ms);
      vi.setSystemTime(Date.now() + Math.max(0, Math.ceil(ms)));
    },
  };
  return { clock, state, advance: (ms: number) => vi.setSystemTime(Date.now() + ms), restore: () => vi.useRealTimers() };
}

/** The gaps between consecutive arrival times. */
export const gaps = (times: number[]) => times.slice(1).map((t, i) => t - (times[i] as number));

/** The most arrivals in any half-open window [t, t + windowMs). */
export function busiestWindow(times: number[], windowMs: number): number {
  let most = 0;
  for (let i = 0; i < times.length; i++) most = Math.max(most, times.filter((t) => t >= (times[i] as number) && t < (times[i] as number) + windowMs).length);
  return most;
}
