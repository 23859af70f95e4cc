import { readFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { CampaignInputError, JournalLockedError, JournalMismatchError, readJournal, runCampaign } from "../src/index.js";
import { TOKEN, card, clientOf, people, tempDir, unpaced } from "./helpers/fixtures.js";
import { type Upstream, startUpstream } from "./helpers/upstream.js";

let upstream: Upstream | undefined;
let temp: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await upstream?.close();
  temp?.remove();
  upstream = temp = undefined;
});

describe("a campaign run", () => {
  test("sends each recipient the card once, journals the message ids, and sums it up", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const summary = await runCampaign({ client: clientOf(upstream.url), recipients: people(25), card, journal: temp.journal, pace: { ...unpaced, concurrency: 4 } });
    expect(summary).toMatchObject({ recipients: 25, sent: 25, pending: 0, done: true, skipped: 0, duplicatesDropped: 0, stopped: undefined });
    expect([...upstream.counts().values()].every((n) => n === 1)).toBe(true);
    expect(upstream.counts().size).toBe(25);
    expect(upstream.received[0]!.body).toMatchObject({ ...card, instance_id: "123456789" });
    const status = await readJournal(temp.journal);
    expect(status.rows.every((r) => r.state === "sent" && r.messageId?.startsWith(`true_${r.chatId}_`) && r.ack === 1)).toBe(true);
    expect(status.locked).toBe(false);
  });
});

describe("resuming", () => {
  test("skips what is settled, sends the rest, and refuses a changed input naming the difference", async () => {
    let refuseFrom = 10;
    upstream = await startUpstream((r) => (r.index >= refuseFrom ? { status: 401, body: { error: "Unauthorized", message: "Invalid token" } } : {}));
    temp = tempDir();
    const client = clientOf(upstream.url);
    const first = await runCampaign({ client, recipients: people(20), card, journal: temp.journal, pace: unpaced });
    expect(first.stopped?.reason).toBe("refused");
    expect(first.stopped?.message).toMatch(/401 AuthenticationError/);
    expect(first).toMatchObject({ sent: 10, pending: 10, done: false });

    await expect(runCampaign({ client, recipients: people(21), card, journal: temp.journal, pace: unpaced })).rejects.toThrow(
      /planned from other input: it has 20 recipients, this input 21/,
    );
    await expect(runCampaign({ client, recipients: people(20), card: { ...card, text: "changed" }, journal: temp.journal, pace: unpaced })).rejects.toThrow(
      JournalMismatchError,
    );
    await expect(runCampaign({ client, recipients: people(20), card: { ...card, text: "changed" }, journal: temp.journal, pace: unpaced })).rejects.toThrow(
      /the card for 2010000000 \(recipient 1\) changed/,
    );
    expect(upstream.received).toHaveLength(11);

    refuseFrom = Infinity;
    const second = await runCampaign({ client, recipients: people(20), card, journal: temp.journal, pace: unpaced });
    expect(second).toMatchObject({ sent: 20, pending: 0, done: true, skipped: 10, thisRun: { sent: 10 } });
    expect(Math.max(...upstream.counts().values())).toBe(2); // the one refused with 401, then sent
    expect([...upstream.counts()].filter(([, n]) => n === 2).map(([id]) => id)).toEqual(["2010000010"]);
  });

  test("from the journal alone sends exactly what was planned", async () => {
    upstream = await startUpstream((r) => (r.index === 3 ? { status: 503 } : {}));
    temp = tempDir();
    const abort = new AbortController();
    const client = clientOf(upstream.url);
    await runCampaign({ client, recipients: people(6), card: (p) => ({ ...card, text: `Hi ${p.name}` }), journal: temp.journal, pace: unpaced, signal: abort.signal, onProgress: (p) => p.started === 3 && abort.abort() });
    const resumed = await runCampaign({ client, journal: temp.journal, pace: unpaced });
    expect(resumed).toMatchObject({ sent: 6, done: true });
    expect(upstream.received.map((r) => r.body.text)).toEqual(["Hi Person 0", "Hi Person 1", "Hi Person 2", "Hi Person 3", "Hi Person 3", "Hi Person 4", "Hi Person 5"]);
  });

  test("a second run on the same journal is refused while the first holds it", async () => {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    upstream = await startUpstream(async (r) => (r.index === 0 && (await held), {}));
    temp = tempDir();
    const client = clientOf(upstream.url);
    const first = runCampaign({ client, recipients: people(5), card, journal: temp.journal, pace: unpaced });
    await upstream.until(1); // the first run is sending (its first answer held), so it holds the lock
    await expect(runCampaign({ client, recipients: people(5), card, journal: temp.journal, pace: unpaced })).rejects.toThrow(JournalLockedError);
    await expect(runCampaign({ client, recipients: people(5), card, journal: temp.journal, pace: unpaced })).rejects.toThrow(/in use by another run/);
    release();
    expect((await first).sent).toBe(5);
    expect(upstream.received).toHaveLength(5);
  });
});

describe("answers", () => {
  test("a timeout, a dropped connection and a 500 are in doubt; a 400 is not sent, with its reason; a 503 is tried again", async () => {
    const plans: Record<string, import("./helpers/upstream.js").Answer> = {
      "2010000001": { hang: true },
      "2010000002": { drop: true },
      "2010000003": { status: 500, body: { error: "boom" } },
      "2010000004": { status: 400, body: { error: "Bad Request", message: "chat not found" } },
    };
    let unavailable = 1;
    upstream = await startUpstream((r) => (r.chatId === "2010000005" && unavailable-- > 0 ? { status: 503 } : (plans[r.chatId] ?? {})));
    temp = tempDir();
    const summary = await runCampaign({ client: clientOf(upstream.url, { timeout: 5_000 }), recipients: people(6), card, journal: temp.journal, pace: { ...unpaced, concurrency: 6 } });
    expect(summary.sent).toBe(2);
    expect(summary.notSent).toEqual({ total: 1, byReason: { "400 BadRequestError": 1 } });
    expect(summary.inDoubt.map((d) => d.chatId).sort()).toEqual(["2010000001", "2010000002", "2010000003"]);
    expect(summary.inDoubt.find((d) => d.chatId === "2010000001")!.reason).toMatch(/APITimeoutError/);
    expect(summary.thisRun).toEqual({ sent: 2, notSent: 1, inDoubt: 3, deferred: 1 });
    const rows = (await readJournal(temp.journal)).rows;
    expect(rows[4]).toMatchObject({ state: "not-sent", code: "400 BadRequestError", reason: expect.stringContaining("chat not found") });
    expect(upstream.counts().get("2010000005")).toBe(2);

    // resumed: nothing in doubt is resent unless named; naming one resends that one only
    const again = await runCampaign({ client: clientOf(upstream.url), journal: temp.journal, pace: unpaced });
    expect(again).toMatchObject({ skipped: 6, thisRun: { sent: 0 } });
    await expect(runCampaign({ client: clientOf(upstream.url), journal: temp.journal, resendInDoubt: ["2010000000"] })).rejects.toThrow(/2010000000 is not in doubt/);
    const resent = await runCampaign({ client: clientOf(upstream.url), journal: temp.journal, pace: unpaced, resendInDoubt: ["+201 000 0003"] });
    expect(resent).toMatchObject({ thisRun: { sent: 0, inDoubt: 1 } });
    expect(upstream.counts().get("2010000003")).toBe(2);
    expect(upstream.counts().get("2010000002")).toBe(1);
  });

  test("the access token reaches no journal line, even when the API echoes it in an error", async () => {
    upstream = await startUpstream((r) => (r.index % 2 ? { status: 400, body: { error: "Bad", message: `token ${TOKEN} is odd` } } : { status: 500, body: { message: `echo ${TOKEN}` } }));
    temp = tempDir();
    const summary = await runCampaign({ client: clientOf(upstream.url), recipients: people(4), card, journal: temp.journal, pace: unpaced });
    expect(summary.notSent.total + summary.inDoubt.length).toBe(4);
    const text = readFileSync(temp.journal, "utf8");
    expect(text).toContain("is odd");
    expect(text).not.toContain(TOKEN);
    expect(JSON.stringify(summary)).not.toContain(TOKEN);
  });
});

describe("before anything is sent", () => {
  test("every bad row is named by its position, and nothing is sent or journaled", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const rows = [{ chatId: "201234567890" }, { chatId: "12" }, null, { chatId: 201234567890 }, { name: "no chatId" }, { chatId: "201234567891", text: "x".repeat(5000) }];
    const error = await runCampaign({ client: clientOf(upstream.url), recipients: rows as never, card: (r) => ({ ...card, text: r.text as string }), journal: temp.journal }).catch((e) => e);
    expect(error).toBeInstanceOf(CampaignInputError);
    expect(error.issues).toEqual([
      { position: "recipient 2", path: "chatId", message: expect.stringMatching(/must be a phone number/) },
      { position: "recipient 3", path: "", message: "must be an object with a chatId" },
      { position: "recipient 4", path: "chatId", message: "must be a string" },
      { position: "recipient 5", path: "chatId", message: "is required" },
      { position: "recipient 6", path: "text", message: "must be at most 4096 characters" },
    ]);
    expect(upstream.received).toHaveLength(0);
    expect(() => readFileSync(temp!.journal)).toThrow(/ENOENT/);
  });

  test("a card with __proto__, chatId or credentials, a throwing card function and a promised card are refused", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const proto = JSON.parse('{"url":"https://wawp.net","__proto__":{"polluted":true}}');
    const cases = [proto, { ...card, chatId: "201234567890" }, { ...card, access_token: "x" }];
    const error = await runCampaign({
      client: clientOf(upstream.url),
      recipients: people(5),
      card: (_r) => {
        const i = Number(_r.chatId.slice(-1));
        if (i === 3) throw new Error("no card for you");
        if (i === 4) return Promise.resolve(card) as never;
        return cases[i];
      },
      journal: temp.journal,
    }).catch((e) => e);
    expect(error.issues).toEqual([
      { position: "recipient 1", path: "__proto__", message: expect.stringMatching(/not allowed/) },
      { position: "recipient 2", path: "card.chatId", message: expect.stringMatching(/comes from the recipient/) },
      { position: "recipient 3", path: "access_token", message: expect.stringMatching(/credential/) },
      { position: "recipient 4", path: "card", message: "the card function threw Error: no card for you" },
      { position: "recipient 5", path: "card", message: expect.stringMatching(/returned a promise/) },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(upstream.received).toHaveLength(0);
  });

  test("duplicates are dropped and reported: a number with + and spaces, and its @c.us id, are one person", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const recipients = (async function* () {
      yield { chatId: "201234567890" };
      yield { chatId: "+20 123 456 7890" };
      yield { chatId: "201234567890@c.us" };
      yield { chatId: "120363025246125486@g.us" };
      yield { chatId: "120363025246125486@g.us" };
    })();
    const summary = await runCampaign({ client: clientOf(upstream.url), recipients, card, journal: temp.journal, pace: unpaced });
    expect(summary).toMatchObject({ recipients: 2, sent: 2, duplicatesDropped: 3 });
    expect(upstream.received.map((r) => r.chatId)).toEqual(["201234567890", "120363025246125486@g.us"]);
  });

  test("bad options are named, each", async () => {
    temp = tempDir();
    const error = await runCampaign({
      client: {} as never,
      recipients: [],
      card,
      journal: temp.journal,
      pace: { perMinute: -1, concurrency: 0, jitter: 2, speed: 1 } as never,
      resendInDoubt: "yes" as never,
    }).catch((e) => e);
    expect(error.issues.map((i: { path: string }) => i.path)).toEqual(["client", "resendInDoubt", "pace.speed", "pace.perMinute", "pace.concurrency", "pace.jitter"]);
  });
});

describe("stopping", () => {
  test("an abort lets the sends in flight finish and journals them; a resume sends the rest", async () => {
    upstream = await startUpstream(() => ({ delayMs: 20 }));
    temp = tempDir();
    const abort = new AbortController();
    const seen: number[] = [];
    const client = clientOf(upstream.url);
    const summary = await runCampaign({
      client,
      recipients: people(30),
      card,
      journal: temp.journal,
      pace: { ...unpaced, concurrency: 3 },
      signal: abort.signal,
      onProgress: (p) => {
        seen.push(p.inFlight);
        if (p.started === 6) abort.abort(new Error("Ctrl-C"));
      },
    });
    expect(summary.stopped).toEqual({ reason: "aborted", message: "stopped: Ctrl-C" });
    expect(summary.sent).toBe(upstream.received.length);
    expect(summary.sent).toBeGreaterThanOrEqual(6);
    expect(summary.inDoubt).toEqual([]);
    expect(Math.max(...seen)).toBeLessThanOrEqual(3);
    const rest = await runCampaign({ client, journal: temp.journal, pace: unpaced });
    expect(rest).toMatchObject({ sent: 30, done: true });
    expect(upstream.received).toHaveLength(30);
  });

  test("onProgress counts and an ETA at the pace", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const progress: import("../src/index.js").CampaignProgress[] = [];
    await runCampaign({ client: clientOf(upstream.url), recipients: people(3), card, journal: temp.journal, pace: { perMinute: 6000, jitter: 0 }, onProgress: (p) => progress.push(p) });
    expect(progress[0]).toMatchObject({ total: 3, started: 1, inFlight: 1, pending: 3, sent: 0, etaMs: 20 });
    expect(progress.at(-1)).toMatchObject({ total: 3, sent: 3, pending: 0, inFlight: 0, etaMs: 0 });
  });
});
