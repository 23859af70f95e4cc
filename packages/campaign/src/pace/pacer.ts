import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from "rate-limiter-flexible";
import { type Clock, realClock } from "./clock.js";
import { DEFAULT_PER_MINUTE, type PaceOptions } from "./options.js";

const DAY_MS = 86_400_000;

type Limiter = RateLimiterMemory | RateLimiterRedis;

/** What a wait for the next send ended in: go, or stop (the daily cap is reached until `resumeAt`). */
export type Gate = { go: true } | { go: false; resumeAt: number };

/**
 * Paces one instance's sends with rate-limiter-flexible. The gap between two sends is a limiter of one
 * point whose window is this send's gap (60 s / perMinute, or minGapMs if longer, lengthened by jitter):
 * the next send can take the point only once the window has passed, in this process or, on Redis, in any.
 * The daily cap is a second limiter, of dailyCap points a day. A 429 blocks the gap limiter (every process
 * waits) and, when repeated, doubles the gap: half the rate.
 */
export class Pacer {
  readonly clock: Clock;
  private gapMs: number;
  private readonly jitter: number;
  private readonly key: string;
  private readonly shared: boolean;
  private gap: Limiter | undefined;
  private readonly day: Limiter | undefined;
  private pausedUntil = 0;
  private readonly redis: unknown;
  private dispatched: number[] = [];

  constructor(options: PaceOptions = {}) {
    const { perMinute = DEFAULT_PER_MINUTE, minGapMs = 0, jitter = 0.5, dailyCap, redis, key = "default" } = options;
    this.clock = options.clock ?? realClock;
    this.gapMs = Math.max(perMinute === Infinity ? 0 : 60_000 / perMinute, minGapMs);
    this.jitter = jitter;
    this.key = key;
    this.redis = redis;
    this.shared = redis !== undefined;
    this.gap = this.gapMs > 0 ? this.limiter("gap", 1, this.gapMs / 1000) : undefined;
    this.day = dailyCap === undefined ? undefined : this.limiter("day", dailyCap, DAY_MS / 1000);
  }

  /** The mean time between sends while the pace holds, in ms (0: no limit). */
  get meanGapMs(): number {
    return this.gapMs * (1 + this.jitter / 2);
  }

  private limiter(name: string, points: number, duration: number): Limiter {
    const keyPrefix = `linkcard:pace:${name}`;
    return this.shared
      ? new RateLimiterRedis({ storeClient: this.redis, points, duration: Math.ceil(duration), keyPrefix })
      : new RateLimiterMemory({ points, duration, keyPrefix });
  }

  /** This send's gap in seconds: the base gap plus jitter; whole seconds on Redis (its keys expire in seconds), never below the base. */
  private nextGapSeconds(): number {
    // whole ms: a window ending in a fraction of a ms would be waited for in a loop of sub-ms sleeps
    const ms = Math.ceil(this.gapMs * (1 + Math.random() * this.jitter));
    if (!this.shared) return ms / 1000;
    const low = Math.ceil(this.gapMs / 1000);
    const high = Math.max(low, Math.floor((this.gapMs * (1 + this.jitter)) / 1000));
    return low + Math.floor(Math.random() * (high - low + 1));
  }

  /**
   * Counts what this journal already sent in the current day window against the daily cap (a memory
   * limiter starts empty; a shared Redis one already counts them). Windows are fixed, as the limiter's:
   * one opens at a send made when none is open, and lasts 24 hours.
   */
  async seedDay(attemptTimes: number[]): Promise<void> {
    if (!this.day || this.shared) return;
    let start = -Infinity;
    let count = 0;
    for (const at of [...attemptTimes].sort((a, b) => a - b))
      if (at >= start + DAY_MS) [start, count] = [at, 1];
      else count++;
    const left = start + DAY_MS - this.clock.now();
    if (count && left > 0) await this.day.set(this.key, count, left / 1000);
  }

  /** Waits until the next send may go; a reached daily cap says when it may go again instead. Rejects when `signal` aborts. */
  async next(signal?: AbortSignal): Promise<Gate> {
    for (;;) {
      const wait = this.pausedUntil - this.clock.now();
      if (wait > 0) {
        await this.clock.sleep(wait, signal);
        continue;
      }
      if (this.gap) {
        try {
          await this.gap.consume(this.key, 1, { customDuration: this.nextGapSeconds() });
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          await this.clock.sleep(Math.max(1, Math.ceil(refusal.msBeforeNext)), signal);
          continue;
        }
        // a 429 may have come in while this wait was under way
        if (this.pausedUntil > this.clock.now()) continue;
      }
      if (this.day) {
        try {
          await this.day.consume(this.key);
        } catch (refusal) {
          if (!(refusal instanceof RateLimiterRes)) throw refusal;
          return { go: false, resumeAt: this.clock.now() + refusal.msBeforeNext };
        }
      }
      this.dispatched.push(this.clock.now());
      if (this.dispatched.length > 20) this.dispatched.shift();
      return { go: true };
    }
  }

  /** A send was certainly not taken (429, 503, refused connection): it does not count against the daily cap. */
  async refund(): Promise<void> {
    await this.day?.reward(this.key).catch(() => {});
  }

  /** Holds every send for `ms` (a 429's Retry-After); on Redis, every process that shares the key. */
  async pause(ms: number): Promise<void> {
    this.pausedUntil = Math.max(this.pausedUntil, this.clock.now() + ms);
    if (this.shared && this.gap) await this.gap.block(this.key, Math.ceil(ms / 1000)).catch(() => {});
  }

  /** Halves the rate: the gap doubles (with no limit set, it becomes twice the mean gap of the last sends). */
  slowDown(): void {
    const times = this.dispatched;
    const observed = times.length > 1 ? ((times.at(-1) as number) - (times[0] as number)) / (times.length - 1) : 1000;
    this.gapMs = this.gapMs > 0 ? this.gapMs * 2 : Math.max(2 * observed, 1);
    if (this.shared) this.gapMs = Math.max(this.gapMs, 1000);
    // each send sets its own window (customDuration), so the limiter and its key stay: other processes keep sharing it
    this.gap ??= this.limiter("gap", 1, this.gapMs / 1000);
  }
}
