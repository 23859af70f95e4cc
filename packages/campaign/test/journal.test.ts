import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { afterEach, describe, expect, test } from "vitest";
import { JournalError, readJournal, runCampaign } from "../src/index.js";
import { card, clientOf, people, tempDir, unpaced } from "./helpers/fixtures.js";
import { type Upstream, startUpstream } from "./helpers/upstream.js";

let upstream: Upstream | undefined;
let temp: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await upstream?.close();
  temp?.remove();
  upstream = temp = undefined;
});

const lines = (path: string) => readFileSync(path, "utf8").trimEnd().split("\n").map((l) => JSON.parse(l));

describe("the journal file", () => {
  test("is versioned JSON Lines: a header, the frozen cards and rows, then one line per event", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    await runCampaign({ client: clientOf(upstream.url), recipients: [...people(2), { chatId: "+201 000 0001" }], card, journal: temp.journal, pace: unpaced });
    const [header, ...rest] = lines(temp.journal);
    expect(header).toMatchObject({ type: "header", kind: "linkcard-campaign-journal", version: 1, recipients: 2, duplicates: [{ position: "recipient 3", chatId: "+201 000 0001", keptPosition: "recipient 2" }] });
    expect(rest.map((r) => r.type)).toEqual(["card", "row", "row", "run", "attempting", "sent", "attempting", "sent"]);
    expect(rest[0]).toEqual({ type: "card", card: 0, params: card });
    expect(rest[5]).toMatchObject({ type: "sent", row: 0, messageId: "true_2010000000_MSG0", ack: 1 });
  });

  test("a torn last line (a write cut by a crash) is cut off on resume: an unsynced attempt was never sent", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const client = clientOf(upstream.url);
    const abort = new AbortController();
    abort.abort();
    await runCampaign({ client, recipients: people(3), card, journal: temp.journal, pace: unpaced, signal: abort.signal });
    appendFileSync(temp.journal, '{"type":"attempting","row":0,"at":"2026-12-03T00:00:00.000Z","ru');
    expect((await readJournal(temp.journal)).pending).toBe(3);
    const summary = await runCampaign({ client, journal: temp.journal, pace: unpaced });
    expect(summary).toMatchObject({ sent: 3, inDoubt: [] });
    expect(readFileSync(temp.journal, "utf8")).not.toContain('"ru\n');
    expect(lines(temp.journal).length).toBeGreaterThan(0);
  });

  test("a torn answer leaves its send in doubt on resume", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const client = clientOf(upstream.url);
    await runCampaign({ client, recipients: people(2), card, journal: temp.journal, pace: unpaced });
    // cut the last "sent" line in half, as a kill in the middle of its write would
    const text = readFileSync(temp.journal, "utf8");
    writeFileSync(temp.journal, text.slice(0, text.trimEnd().lastIndexOf("\n") + 20));
    const summary = await runCampaign({ client, journal: temp.journal, pace: unpaced });
    expect(summary.inDoubt).toEqual([{ chatId: "2010000001", reason: expect.stringMatching(/stopped mid-send/) }]);
    expect(upstream.received).toHaveLength(2);
  });

  test("a damaged line inside, a foreign file, or a newer version is refused by name", async () => {
    temp = tempDir();
    upstream = await startUpstream();
    const client = clientOf(upstream.url);
    await runCampaign({ client, recipients: people(2), card, journal: temp.journal, pace: unpaced });
    const good = readFileSync(temp.journal, "utf8");
    const all = good.split("\n");
    writeFileSync(temp.journal, [...all.slice(0, 3), "garbage", ...all.slice(3)].join("\n"));
    await expect(runCampaign({ client, journal: temp.journal })).rejects.toThrow(/line 4 is not JSON; the journal is damaged/);
    writeFileSync(temp.journal, "chatId,name\n");
    await expect(readJournal(temp.journal)).rejects.toThrow(JournalError);
    writeFileSync(temp.journal, good.replace('"version":1', '"version":2'));
    await expect(readJournal(temp.journal)).rejects.toThrow(/version 2 journal; this @linkcard\/campaign reads version 1/);
  });

  test("a run stops sending when someone else appends to its journal (a lock broken by hand)", async () => {
    let intrude: (() => void) | undefined;
    upstream = await startUpstream((r) => {
      if (r.index === 2) intrude?.();
      return {};
    });
    temp = tempDir();
    const path = temp.journal;
    intrude = () => appendFileSync(path, `${JSON.stringify({ type: "run", run: "other", at: new Date().toISOString(), pid: 1 })}\n`);
    const error = await runCampaign({ client: clientOf(upstream.url), recipients: people(10), card, journal: path, pace: unpaced }).catch((e) => e);
    expect(error).toBeInstanceOf(JournalError);
    expect(error.message).toMatch(/changed under this run/);
    expect(upstream.received.length).toBe(3);
  });
});
