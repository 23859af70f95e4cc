// The client's validator is compiled from the spec; Prism validates with the spec itself. They must agree,
// and what the client refuses must never reach the network.
import fc from "fast-check";
import { describe, expect, inject, test } from "vitest";
import { ValidationError } from "../src/index.js";
import { validateSendLinkPreviewRequest } from "../src/validate.js";
import { INSTANCE, TOKEN, client, countingFetch } from "./helpers/fixtures.js";

const baseUrl = inject("mockUrl");
const credentials = { instance_id: INSTANCE, access_token: TOKEN };

const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength, maxLength });
const chatId = fc.oneof(
  fc.tuple(fc.boolean(), digits(7, 15)).map(([plus, d]) => `${plus ? "+" : ""}${d}`),
  fc
    .tuple(digits(1, 20), fc.option(digits(1, 12), { nil: undefined }), fc.constantFrom("c.us", "g.us", "newsletter", "lid"))
    .map(([user, group, server]) => `${user}${group ? `-${group}` : ""}@${server}`),
);
const httpUrl = fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true });
const validParams = fc.record(
  {
    chatId,
    url: httpUrl,
    text: fc.string({ unit: "binary", maxLength: 4096 }),
    thumbnail: httpUrl,
    title: fc.string({ unit: "binary", maxLength: 200 }),
    description: fc.string({ unit: "binary", maxLength: 200 }),
    linkPreviewHighQuality: fc.boolean(),
    reply_to: fc.option(fc.string(), { nil: null }),
  },
  { requiredKeys: ["chatId", "url"] },
);

/** What the mock says of a full body, sent raw (no client-side validation): accepted or refused. */
async function mockAccepts(body: unknown): Promise<boolean> {
  const res = await fetch(`${baseUrl}/v2/send/link-preview`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  if (res.status !== 200 && res.status !== 400) throw new Error(`unexpected ${res.status}`);
  return res.status === 200;
}

describe("generated valid params", () => {
  test("pass the client's validator and the mock's request validation", async () => {
    const sendLinkPreview = client({ baseUrl }).sendLinkPreview;
    await fc.assert(
      fc.asyncProperty(validParams, async (params) => {
        const sent = await sendLinkPreview(params); // throws on a ValidationError or a 400
        expect(sent.id).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });
});

// each breaks exactly one field, and names it
const breakages: Array<[field: string, arbitrary: fc.Arbitrary<Record<string, unknown>>]> = [
  ["chatId", fc.constant({ chatId: undefined })],
  ["url", fc.constant({ url: undefined })],
  ["chatId", fc.stringMatching(/^[a-z][a-z0-9]{0,20}$/).map((chatId) => ({ chatId }))],
  ["chatId", digits(16, 30).map((chatId) => ({ chatId }))],
  ["chatId", fc.constantFrom("s.whatsapp.net", "broadcast", "C.US").map((s) => ({ chatId: `201234567890@${s}` }))],
  ["url", fc.webUrl({ validSchemes: ["ftp", "ws", "file", "mailto"] }).map((url) => ({ url }))],
  ["url", fc.constant({ url: "https://wawp.net/a b" })],
  ["thumbnail", fc.constantFrom("javascript:alert(1)", "//cdn/x.png", "data:image/png;base64,AAAA").map((thumbnail) => ({ thumbnail }))],
  ["text", fc.string({ unit: "binary", minLength: 4097, maxLength: 4200 }).map((text) => ({ text }))],
  ["text", fc.integer().map((text) => ({ text }))],
  ["linkPreviewHighQuality", fc.constantFrom("true", 1, null).map((linkPreviewHighQuality) => ({ linkPreviewHighQuality }))],
  ["reply_to", fc.constantFrom(1, false, {}).map((reply_to) => ({ reply_to }))],
  ["title", fc.constantFrom(1, [], null).map((title) => ({ title }))],
  ["bogus", fc.anything().filter((v) => v !== undefined).map((bogus) => ({ bogus }))],
];

const breakage = fc.oneof(...breakages.map(([field, patches]) => patches.map((patch) => ({ field, patch }))));

describe("generated invalid params", () => {
  test("are refused by the client with the field named and zero requests sent, and the mock refuses them too", async () => {
    const counter = countingFetch();
    const sendLinkPreview = client({ baseUrl, fetch: counter.fetch }).sendLinkPreview;
    await fc.assert(
      fc.asyncProperty(validParams, breakage, async (params, { field, patch }) => {
        const broken = { ...params, ...patch };
        const error = await sendLinkPreview(broken as never).catch((e: unknown) => e);
        expect(error).toBeInstanceOf(ValidationError);
        expect((error as ValidationError).issues.map((i) => i.path)).toContain(field);
        expect((error as ValidationError).message).toContain(field);
        expect(counter.calls).toBe(0);
        expect(await mockAccepts({ ...credentials, ...broken })).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});

describe("the client and the mock agree on arbitrary strings (differential)", () => {
  const verdicts = (field: string, arbitrary: fc.Arbitrary<string>) =>
    fc.asyncProperty(arbitrary, async (value) => {
      const body = { ...credentials, chatId: "201234567890", url: "https://wawp.net", [field]: value };
      const client = validateSendLinkPreviewRequest(body).length === 0;
      expect(client, `${field} = ${JSON.stringify(value)}`).toBe(await mockAccepts(body));
    });
  const anyString = fc.string({ unit: "binary", maxLength: 40 });

  test("chatId", async () => {
    const near = fc.stringMatching(/^\+?[0-9]{0,22}(-[0-9]{0,3})?(@[a-z.]{0,12})?$/);
    await fc.assert(verdicts("chatId", fc.oneof(chatId, near, anyString)), { numRuns: 150 });
  });

  test("url and thumbnail", async () => {
    const near = fc.stringMatching(/^(https?|ftp|HTTP)?:?\/{0,3}[a-z. ]{0,8}([/?#][a-z %]{0,6})?$/);
    for (const field of ["url", "thumbnail"])
      await fc.assert(verdicts(field, fc.oneof(httpUrl, near, anyString)), { numRuns: 100 });
  });

  test("text length around 4096 code points", async () => {
    const around = fc.string({ unit: "binary", minLength: 4090, maxLength: 4100 });
    await fc.assert(verdicts("text", around), { numRuns: 30 });
  });
});

describe("the validator names every violation at once", () => {
  test("all of them, by field", () => {
    const issues = validateSendLinkPreviewRequest({
      instance_id: "",
      chatId: "alice",
      url: "ftp://x",
      text: 4,
      linkPreviewHighQuality: "yes",
      extra: 1,
    });
    expect(issues).toEqual([
      { path: "access_token", message: "is required" },
      { path: "instance_id", message: "must not be empty" },
      { path: "chatId", message: expect.stringContaining("must be a phone number with country code") },
      { path: "url", message: "must be an http(s) URL with a host and no spaces" },
      { path: "text", message: "must be a string" },
      { path: "linkPreviewHighQuality", message: "must be a boolean" },
      { path: "extra", message: "is not a known field" },
    ]);
  });

  test("a body that is not an object", () => {
    expect(validateSendLinkPreviewRequest(null)).toEqual([{ path: "", message: "must be an object" }]);
    expect(validateSendLinkPreviewRequest([])).toEqual([{ path: "", message: "must be an object" }]);
  });

  test("inherited names are not fields", () => {
    const issues = validateSendLinkPreviewRequest({ ...credentials, chatId: "201234567890", url: "https://x.y", constructor: 1 });
    expect(issues).toEqual([{ path: "constructor", message: "is not a known field" }]);
  });

  test("undefined optional fields are absent, as JSON would send them", () => {
    expect(validateSendLinkPreviewRequest({ ...credentials, chatId: "201234567890", url: "https://x.y", text: undefined })).toEqual([]);
  });
});
