// A campaign's state in Redis: one hash field per recipient (its row number), a JSON object whose `s` is
// planned, attempting, sent, not-sent or in-doubt. Every change is a Lua script, so it is atomic across
// workers: a send starts only by moving its row from planned to attempting, which only one worker can do.
import type { Redis } from "ioredis";

/** What Redis keeps of one recipient. */
export interface StoredRow {
  s: "planned" | "attempting" | "sent" | "not-sent" | "in-doubt";
  chatId: string;
  attempts?: number;
  /** The claim of the worker sending it: `<worker>:<job>:<time>`. */
  token?: string;
  messageId?: string;
  ack?: number;
  reason?: string;
  code?: string;
  /** Set when a stalled job made it in doubt (its worker died, or lost its lock, mid-send). */
  stalled?: boolean;
  at?: string;
}

export const keysOf = (campaignId: string) => ({
  state: `linkcard:campaign:${campaignId}:state`,
  meta: `linkcard:campaign:${campaignId}:meta`,
});

// planned -> attempting, only if planned; returns "claimed" or the row as it is
const CLAIM = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if not cur then return 'missing' end
local row = cjson.decode(cur)
if row.s ~= 'planned' then return cur end
row.s = 'attempting'
row.token = ARGV[2]
row.at = ARGV[3]
row.attempts = (row.attempts or 0) + 1
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(row))
return 'claimed'`;

// attempting (this claim's) -> the answer; also over an in-doubt mark a stall put on this claim (the
// worker was alive after all, and its answer says more); returns "settled" or the row as it is
const SETTLE = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if not cur then return 'missing' end
local row = cjson.decode(cur)
if row.token ~= ARGV[2] or not (row.s == 'attempting' or (row.s == 'in-doubt' and row.stalled)) then return cur end
local answer = cjson.decode(ARGV[3])
answer.chatId = row.chatId
answer.attempts = row.attempts
redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(answer))
return 'settled'`;

// a stalled job: attempting -> in doubt; returns the row's state before
const STALLED = `
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if not cur then return 'missing' end
local row = cjson.decode(cur)
if row.s == 'attempting' then
  row.s = 'in-doubt'
  row.stalled = true
  row.reason = ARGV[2]
  row.at = ARGV[3]
  redis.call('HSET', KEYS[1], ARGV[1], cjson.encode(row))
  return 'attempting'
end
return row.s`;

export const claim = (redis: Redis, campaignId: string, row: number, token: string) =>
  redis.eval(CLAIM, 1, keysOf(campaignId).state, String(row), token, new Date().toISOString()) as Promise<string>;

export const settle = (redis: Redis, campaignId: string, row: number, token: string, answer: Omit<StoredRow, "chatId">) =>
  redis.eval(SETTLE, 1, keysOf(campaignId).state, String(row), token, JSON.stringify({ ...answer, at: new Date().toISOString() })) as Promise<string>;

export const markStalled = (redis: Redis, campaignId: string, row: number, reason: string) =>
  redis.eval(STALLED, 1, keysOf(campaignId).state, String(row), reason, new Date().toISOString()) as Promise<string>;

/** Every recipient's row, by row number. */
export async function readRows(redis: Redis, campaignId: string): Promise<Map<number, StoredRow>> {
  const all = await redis.hgetall(keysOf(campaignId).state);
  return new Map(Object.entries(all).map(([row, text]) => [Number(row), JSON.parse(text) as StoredRow]));
}
