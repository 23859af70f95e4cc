// Pacing, proven at the upstream on virtual time (see helpers/virtual-clock.ts): each request is stamped
// with the time the campaign released it, so the checks are exact and no test decides on wall-clock timing.
import { afterEach, describe, expect, test } from "vitest";
import { readJournal, runCampaign } from "../src/index.js";
import { card, clientOf, people, tempDir } from "./helpers/fixtures.js";
import { type Answer, type Received, type Upstream, startUpstream } from "./helpers/upstream.js";
import { busiestWindow, gaps, virtualClock } from "./helpers/virtual-clock.js";

let upstream: Upstream;
let temp: ReturnType<typeof tempDir>;
let time: ReturnType<typeof virtualClock>;
afterEach(async () => {
  time.restore();
  await upstream.close();
  temp.remove();
});

async function campaign(n: number, pace: Record<string, unknown>, answer?: (r: Received) => Answer) {
  time = virtualClock(() => upstream);
  upstream = await startUpstream(answer, () => Date.now());
  temp = tempDir();
  const run = (extra: Record<string, unknown> = {}) =>
    runCampaign({
      client: clientOf(upstream.url),
      journal: temp.journal,
      pace: { ...pace, clock: time.clock },
      onProgress: (p) => Object.assign(time.state, { started: p.started, inFlight: p.inFlight }),
      ...extra,
    });
  return { run, first: () => run({ recipients: people(n), card }) };
}

const times = () => upstream.received.map((r) => r.at);

describe("pacing at the upstream", () => {
  test("perMinute spreads sends evenly: no two closer than 60 s / perMinute, none beyond it plus 50 % jitter, no minute over perMinute", async () => {
    const { first } = await campaign(40, { perMinute: 10, concurrency: 3 });
    const summary = await first();
    expect(summary.sent).toBe(40);
    const between = gaps(times());
    expect(Math.min(...between)).toBeGreaterThanOrEqual(6000);
    expect(Math.max(...between)).toBeLessThanOrEqual(9000);
    expect(new Set(between).size).toBeGreaterThan(10); // jittered, not steady
    expect(busiestWindow(times(), 60_000)).toBeLessThanOrEqual(10);
    console.log(`pacing: 40 sends at perMinute 10: gaps ${Math.min(...between)}-${Math.max(...between)} ms (mean ${Math.round(between.reduce((a, b) => a + b) / between.length)}), busiest minute ${busiestWindow(times(), 60_000)}`);
  });

  test("with no jitter the gap is exactly the perMinute spacing; minGapMs lengthens it", async () => {
    const steady = await campaign(8, { perMinute: 30, jitter: 0 });
    await steady.first();
    expect(new Set(gaps(times()))).toEqual(new Set([2000]));
    time.restore();
    await upstream.close();
    temp.remove();
    const slow = await campaign(8, { perMinute: 30, jitter: 0, minGapMs: 4500 });
    await slow.first();
    expect(new Set(gaps(times()))).toEqual(new Set([4500]));
  });
});

describe("429 and the daily cap", () => {
  test("a 429 pauses the campaign for its Retry-After; a repeated one halves the rate", async () => {
    const limited = new Set([3, 6]);
    const { first } = await campaign(12, { perMinute: 10, jitter: 0, concurrency: 2 }, (r) =>
      limited.has(r.index) ? { status: 429, headers: { "retry-after": "30" }, body: { error: "Too Many Requests" } } : {},
    );
    const summary = await first();
    expect(summary).toMatchObject({ sent: 12, done: true, thisRun: { deferred: 2 } });
    const at = times();
    expect(at[4]! - at[3]!).toBeGreaterThanOrEqual(30_000);
    expect(at[7]! - at[6]!).toBeGreaterThanOrEqual(30_000);
    expect(gaps(at.slice(0, 4))).toEqual([6000, 6000, 6000]);
    expect(Math.min(...gaps(at.slice(7)))).toBe(12_000);
    // a 429 is certainly not sent: its recipient gets the card once, on the next try
    expect(upstream.received[3]!.chatId).toBe(upstream.received[4]!.chatId);
  });

  test("a reached dailyCap stops with 'resume tomorrow'; a resume the same day sends nothing, the next day the rest", async () => {
    const { first, run } = await campaign(8, { perMinute: 60, dailyCap: 5 });
    const today = await first();
    expect(today).toMatchObject({ sent: 5, pending: 3, done: false, stopped: { reason: "daily-cap" } });
    expect(today.stopped!.message).toMatch(/daily cap \(5\) is reached: resume tomorrow/);
    const resumeAt = Date.parse(today.stopped!.resumeAt!);
    expect(resumeAt).toBe(upstream.received[0]!.at + 86_400_000);

    time.advance(3_600_000);
    const sameDay = await run();
    expect(sameDay).toMatchObject({ sent: 5, thisRun: { sent: 0 }, stopped: { reason: "daily-cap" } });
    expect(upstream.received).toHaveLength(5);

    time.advance(resumeAt - Date.now());
    const tomorrow = await run();
    expect(tomorrow).toMatchObject({ sent: 8, done: true, stopped: undefined, thisRun: { sent: 3 } });
    expect((await readJournal(temp.journal)).stopped).toBeUndefined();
  });
});
