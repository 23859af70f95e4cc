// Your tests, against the mock: the success, and the answers you must handle (Prefer: code=...).
import { afterEach, expect, test } from "vitest";
import { notify } from "./notify.js";

afterEach(() => {
  delete process.env.MOCK_PREFER;
});

test("a card is sent", async () => {
  expect(await notify("201234567890", "https://wawp.net")).toMatch(/^sent true_/);
});

test("a rate limit becomes a message to the user", async () => {
  process.env.MOCK_PREFER = "code=429"; // the mock answers 429, with Retry-After: 30
  expect(await notify("201234567890", "https://wawp.net")).toBe("try again in 30 s");
});
