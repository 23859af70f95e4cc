// Prism answers every invalid body with the spec's one 400 example ("Missing required parameter(s): chatId");
// the mock puts what Prism found (its sl-violations header) in the message instead.
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, inject, test } from "vitest";
import { startMockServer } from "@linkcard/mock";

const url = `${inject("mockUrl")}/v2/send/link-preview`;
const valid = { instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" };
const example = spec.paths["/v2/send/link-preview"].post.responses["400"].content["application/json"].example;
const chatIdPattern = spec.components.schemas.SendLinkPreviewRequest.properties.chatId.pattern;

const send = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });

describe("a 400 for an invalid body names every violation", () => {
  test("a missing url", async () => {
    const { url: _, ...body } = valid;
    const res = await send(body);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      ...example,
      message: "Invalid request: request.body must have required property 'url'",
    });
  });

  test("a chatId that is neither a number nor a JID", async () => {
    const res = await send({ ...valid, chatId: "alice" });
    expect(res.status).toBe(400);
    const { message } = await res.json();
    expect(message).toBe(`Invalid request: request.body.chatId must match pattern "${chatIdPattern}"`);
  });

  test("two at once, both named; Prism's sl-violations header is kept", async () => {
    const { url: _, ...body } = valid;
    const res = await send({ ...body, chatId: "alice" });
    expect(res.status).toBe(400);
    const { message, ...rest } = await res.json();
    expect(rest).toEqual({ status: 400, error: "Bad Request", code: "bad_request" });
    expect(message).toMatch(/^Invalid request: /);
    expect(message).toContain("request.body must have required property 'url'");
    expect(message).toContain("request.body.chatId must match pattern");
    expect(JSON.parse(res.headers.get("sl-violations")!)).toHaveLength(2);
  });

  test("so many that Prism cuts its header short: the first ones, and a word that there are more", async () => {
    // the contract's request is open, so this needs a spec that refuses unknown fields (a user's own --spec)
    const dir = mkdtempSync(join(tmpdir(), "linkcard-closed-"));
    const closed = structuredClone(spec);
    Object.assign(closed.components.schemas.SendLinkPreviewRequest, { additionalProperties: false });
    writeFileSync(join(dir, "openapi.json"), JSON.stringify(closed));
    await using mock = await startMockServer({ spec: join(dir, "openapi.json") });
    const body: Record<string, unknown> = { ...valid };
    for (let i = 0; i < 200; i++) body[`extra${i}`] = i;
    const res = await fetch(`${mock.url}/v2/send/link-preview`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(10_000),
    });
    rmSync(dir, { recursive: true });
    expect(res.status).toBe(400);
    const { message } = await res.json();
    expect(message).toMatch(/^Invalid request: request\.body must NOT have additional properties; found 'extra0'; /);
    expect(message).toMatch(/; and more$/);
  });
});

describe("a 400 that is not about the request stays the spec's example", () => {
  test("Prefer: code=400 with a valid body", async () => {
    const res = await send(valid, { Prefer: "code=400" });
    expect(res.status).toBe(400);
    expect(res.headers.get("sl-violations")).toBeNull();
    expect(await res.json()).toEqual(example);
  });
});
