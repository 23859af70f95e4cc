/** Where a campaign stands, as `onProgress` gets it. */
export interface CampaignProgress {
  /** Recipients in the plan. */
  total: number;
  /** Sent, in all runs. */
  sent: number;
  /** Refused for their own message (final), in all runs. */
  notSent: number;
  /** May have arrived, in all runs. */
  inDoubt: number;
  /** Not settled yet, in flight included. */
  pending: number;
  /** Sends started and not answered yet. */
  inFlight: number;
  /** Settled before this run and left alone. */
  skipped: number;
  /** Sends started in this run. */
  started: number;
  /** Sends this run starts a minute, measured so far; undefined before the second. */
  perMinute: number | undefined;
  /** The time left, in ms, at the slower of the pace and the measured rate; undefined until it can be told. */
  etaMs: number | undefined;
  /** Until when sends are held (a 429's Retry-After), in ms since the epoch; undefined when they are not. */
  pausedUntil: number | undefined;
}
