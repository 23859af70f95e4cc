import { describe, expect, test } from "vitest";
import {
  APIConnectionError,
  APIError,
  APITimeoutError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError,
  ValidationError,
} from "../src/index.js";
import { parseRetryAfter } from "../src/retry-after.js";
import { neverSent } from "../src/connection.js";
import { retryDelay } from "../src/retry.js";

const apiError = (status: number, headers: Record<string, string> = {}) =>
  new (status === 429 ? RateLimitError : status >= 500 ? InternalServerError : APIError)(status, {}, new Headers(headers), undefined, "x");
const refused = new APIConnectionError("x", { mayHaveBeenSent: false });
const noHost = new APIConnectionError("x", { mayHaveBeenSent: false });
const reset = new APIConnectionError("x", { mayHaveBeenSent: true });

describe("who is retried", () => {
  test.each([
    ["429", apiError(429), true, true],
    ["503", apiError(503), true, true],
    ["500", apiError(500), false, true],
    ["502", apiError(502), false, true],
    ["504", apiError(504), false, true],
    ["400", apiError(400), false, false],
    ["401", apiError(401), false, false],
    ["404", apiError(404), false, false],
    ["422", apiError(422), false, false],
    ["a 200 that is no message", apiError(200), false, false],
    ["connection refused", refused, true, true],
    ["no such host", noHost, true, true],
    ["connection reset after sending", reset, false, true],
    ["timeout", new APITimeoutError("x"), false, true],
    ["user abort", new APIUserAbortError("x", { mayHaveBeenSent: true }), false, false],
    ["validation", new ValidationError("x", []), false, false],
  ])("%s: at-most-once %s, at-least-once %s", (_, failure, atMostOnce, atLeastOnce) => {
    expect(retryDelay(failure, "at-most-once", 0) !== undefined).toBe(atMostOnce);
    expect(retryDelay(failure, "at-least-once", 0) !== undefined).toBe(atLeastOnce);
  });

  test("neverSent reads Bun's and Deno's spellings too", () => {
    expect(neverSent({ code: "ConnectionRefused" })).toBe(true);
    expect(neverSent(new Error("error sending request: ConnectionRefused"))).toBe(true);
    expect(neverSent(new Error("socket hang up"))).toBe(false);
  });
});

describe("how long to wait", () => {
  test("exponential backoff from 0.5 s, doubling, capped at 8 s, with up to 25% jitter below", () => {
    for (const [retry, full] of [[0, 500], [1, 1000], [2, 2000], [3, 4000], [4, 8000], [9, 8000]] as const) {
      for (let i = 0; i < 50; i++) {
        const delay = retryDelay(apiError(503), "at-most-once", retry)!;
        expect(delay).toBeLessThanOrEqual(full);
        expect(delay).toBeGreaterThanOrEqual(full * 0.75);
      }
    }
  });

  test("jitter varies", () => {
    const delays = new Set(Array.from({ length: 20 }, () => retryDelay(apiError(503), "at-most-once", 2)));
    expect(delays.size).toBeGreaterThan(1);
  });

  test("Retry-After wins, up to 60 s; beyond, no retry", () => {
    expect(retryDelay(apiError(429, { "retry-after": "7" }), "at-most-once", 0)).toBe(7000);
    expect(retryDelay(apiError(429, { "retry-after": "60" }), "at-most-once", 0)).toBe(60_000);
    expect(retryDelay(apiError(429, { "retry-after": "61" }), "at-most-once", 0)).toBeUndefined();
  });

  test("parseRetryAfter reads seconds and HTTP dates, and ignores junk", () => {
    const now = Date.parse("Sat, 28 Nov 2026 08:00:00 GMT");
    const h = (v: string) => new Headers({ "Retry-After": v });
    expect(parseRetryAfter(h("0"), now)).toBe(0);
    expect(parseRetryAfter(h(" 12 "), now)).toBe(12_000);
    expect(parseRetryAfter(h("Sat, 28 Nov 2026 08:00:30 GMT"), now)).toBe(30_000);
    expect(parseRetryAfter(h("Sat, 28 Nov 2026 07:59:00 GMT"), now)).toBe(0);
    expect(parseRetryAfter(h("soon"), now)).toBeUndefined();
    expect(parseRetryAfter(h("-5"), now)).toBeUndefined();
    expect(parseRetryAfter(new Headers(), now)).toBeUndefined();
    // 400 digits of seconds would be Infinity
    expect(parseRetryAfter(h("9".repeat(400)), now)).toBeUndefined();
  });
});
