// The docs playground and users' pages call the mock from another origin: every answer, Prism's and the
// mock's own, must be one the page may read.
import { describe, expect, inject, test } from "vitest";

const url = `${inject("mockUrl")}/v2/send/link-preview`;
const origin = "http://page.example";
const valid = { instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" };
const post = (body: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: "POST", headers: { origin, "content-type": "application/json", ...headers }, body, signal: AbortSignal.timeout(10_000) });

test("a preflight is allowed for the page's origin and headers", async () => {
  const res = await fetch(url, {
    method: "OPTIONS",
    headers: { origin, "access-control-request-method": "POST", "access-control-request-headers": "content-type,prefer" },
  });
  expect(res.status).toBe(204);
  expect(res.headers.get("access-control-allow-origin")).toBe(origin);
  expect(res.headers.get("access-control-allow-headers")).toBe("content-type,prefer");
});

describe("the page may read", () => {
  test.each([
    ["Prism's answer", () => post(JSON.stringify(valid)), 200],
    ["the mock's own refusal (malformed JSON)", () => post("{"), 400],
    ["the mock's 400 for an invalid body", () => post("{}"), 400],
    ["the mock's 400 for an undocumented status", () => post(JSON.stringify(valid), { prefer: "code=504" }), 400],
  ])("%s", async (_, send, status) => {
    const res = await send();
    expect(res.status).toBe(status);
    expect(res.headers.get("access-control-allow-origin")).toBe(origin);
    expect(res.headers.get("access-control-allow-credentials")).toBe("true");
    expect(res.headers.get("access-control-expose-headers")).toBe("*");
  });
});
