import type { Clock } from "./clock.js";

/** How fast a campaign may send, per instance. The defaults are conservative: a number sending in bursts or at steady intervals gets flagged. */
export interface PaceOptions {
  /** Sends a minute, spread evenly: at least 60 s / perMinute between two sends, plus jitter (default 10; `Infinity` for no limit). Wawp's `send_message_per_minute`. */
  perMinute?: number;
  /** At most this many sends in 24 hours, counted from the window's first send; reached, the run stops with "resume tomorrow". Wawp's `send_message_daily_cap`. */
  dailyCap?: number;
  /** At least this many ms between two sends, whatever perMinute allows. Wawp's `account_protection_seconds` × 1000. */
  minGapMs?: number;
  /** How many sends may be in flight at once (default 1). Wawp's `concurrent_limit`. */
  concurrency?: number;
  /** Each gap is lengthened by a random part of itself, up to this fraction (default 0.5; 0 for steady gaps). */
  jitter?: number;
  /** An ioredis client: count the limits in Redis (rate-limiter-flexible's Redis limiter), shared by every process that uses the same `key`. Gaps are then whole seconds. */
  redis?: unknown;
  /** The name the limits are counted under: your instance id, the same in every process that sends for it (default `default`; required with `redis`). */
  key?: string;
  /** Where the time comes from (default: the real clock); for simulations and tests. */
  clock?: Clock;
}

export const DEFAULT_PER_MINUTE = 10;
