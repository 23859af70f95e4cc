// The client's validator is compiled from the spec; Prism validates with the spec itself. They must agree,
// and what the client refuses must never reach the network.
import fc from "fast-check";
import { describe, expect, inject, test } from "vitest";
import { ValidationError } from "../src/index.js";
import { validateSendLinkPreviewParams } from "../src/index.js";
import { INSTANCE, TOKEN, client, countingFetch, message } from "./helpers/fixtures.js";

const baseUrl = inject("mockUrl");
const credentials = { instance_id: INSTANCE, access_token: TOKEN };

const digits = (minLength: number, maxLength: number) =>
  fc.string({ unit: fc.constantFrom(..."0123456789"), minLength, maxLength });
// a number with country code, written with a + and spaces as people write it (the API strips them)
const spaced = fc
  .tuple(fc.boolean(), digits(7, 15), fc.array(fc.constantFrom(" ", "  "), { maxLength: 4 }))
  .map(([plus, d, spaces]) => `${plus ? "+" : ""}${[...d].map((c, i) => (spaces[i] ?? "") + c).join("")}`);
const chatId = fc.oneof(
  fc.tuple(fc.boolean(), digits(7, 15)).map(([plus, d]) => `${plus ? "+" : ""}${d}`),
  spaced,
  fc
    .tuple(digits(1, 20), fc.option(digits(1, 12), { nil: undefined }), fc.constantFrom("c.us", "g.us", "newsletter", "lid", "broadcast"))
    .map(([user, group, server]) => `${user}${group ? `-${group}` : ""}@${server}`),
  fc.constant("status@broadcast"),
);
const httpUrl = fc
  .tuple(fc.webUrl({ validSchemes: ["http", "https"], withQueryParameters: true, withFragments: true }), fc.boolean())
  .map(([url, shout]) => (shout ? url.replace(/^https?/, (scheme) => scheme.toUpperCase()) : url));
const validParamsShape = {
  chatId: 0,
  url: 0,
  text: 0,
  thumbnail: 0,
  title: 0,
  description: 0,
  linkPreviewHighQuality: 0,
  reply_to: 0,
};
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
  ["chatId", fc.constantFrom("s.whatsapp.net", "broadcast.com", "C.US").map((s) => ({ chatId: `201234567890@${s}` }))],
  ["chatId", fc.constantFrom("", " ", "+", "+20 12", 201234567890).map((chatId) => ({ chatId }))],
  ["url", fc.webUrl({ validSchemes: ["ftp", "ws", "file", "mailto"] }).map((url) => ({ url }))],
  ["url", fc.constant({ url: "https://wawp.net/a b" })],
  ["thumbnail", fc.constantFrom("javascript:alert(1)", "//cdn/x.png", "data:image/png;base64,AAAA").map((thumbnail) => ({ thumbnail }))],
  ["text", fc.string({ unit: "binary", minLength: 4097, maxLength: 4200 }).map((text) => ({ text }))],
  ["text", fc.integer().map((text) => ({ text }))],
  ["linkPreviewHighQuality", fc.constantFrom("true", 1, null).map((linkPreviewHighQuality) => ({ linkPreviewHighQuality }))],
  ["reply_to", fc.constantFrom(1, false, {}).map((reply_to) => ({ reply_to }))],
  ["title", fc.constantFrom(1, [], null).map((title) => ({ title }))],
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
      const params = { chatId: "201234567890", url: "https://wawp.net", [field]: value };
      const client = validateSendLinkPreviewParams(params).length === 0;
      expect(client, `${field} = ${JSON.stringify(value)}`).toBe(await mockAccepts({ ...credentials, ...params }));
    });
  const anyString = fc.string({ unit: "binary", maxLength: 40 });

  test("chatId", async () => {
    const near = fc.stringMatching(/^ ?\+? ?[0-9 ]{0,22}(-[0-9]{0,3})?(@[a-z.]{0,12})?$/);
    await fc.assert(verdicts("chatId", fc.oneof(chatId, near, anyString)), { numRuns: 150 });
  });

  test("url and thumbnail", async () => {
    const near = fc.stringMatching(/^([Hh][Tt][Tt][Pp][Ss]?|ftp|hxxp)?:?\/{0,3}[a-z. ]{0,8}([/?#][a-z %]{0,6})?$/);
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
    const issues = validateSendLinkPreviewParams({
      access_token: "mine",
      url: "ftp://x",
      text: 4,
      linkPreviewHighQuality: "yes",
      extra: 1n,
    });
    expect(issues).toEqual([
      { path: "chatId", message: "is required" },
      { path: "access_token", message: "is a credential: the client adds it" },
      { path: "url", message: "must be an http(s) URL with a host and no spaces" },
      { path: "text", message: "must be a string" },
      { path: "linkPreviewHighQuality", message: "must be a boolean" },
      { path: "extra", message: "must be a value JSON can carry (no BigInt, no cycles)" },
    ]);
  });

  test("params that are not an object", () => {
    for (const params of [null, [], "x", 1, undefined])
      expect(validateSendLinkPreviewParams(params)).toEqual([{ path: "", message: "must be an object" }]);
  });

  test("undefined optional fields are absent, as JSON would send them", () => {
    expect(validateSendLinkPreviewParams({ chatId: "201234567890", url: "https://x.y", text: undefined })).toEqual([]);
  });
});

describe("only own fields count: nothing reaches the body through the prototype", () => {
  test("a JSON.parse'd __proto__ is refused by name, and nothing is sent", async () => {
    const counter = countingFetch();
    const params = JSON.parse('{"__proto__": {"chatId": "201234567890", "url": "https://wawp.net"}}');
    const error = await client({ baseUrl, fetch: counter.fetch }).sendLinkPreview(params).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues).toEqual([
      { path: "chatId", message: "is required" },
      { path: "url", message: "is required" },
      { path: "__proto__", message: "is not allowed: it would set the body's prototype" },
    ]);
    expect(counter.calls).toBe(0);
  });

  test("constructor and prototype are refused by name too", () => {
    const params = { chatId: "201234567890", url: "https://x.y", constructor: 1, prototype: {} };
    expect(validateSendLinkPreviewParams(params).map((i) => i.path)).toEqual(["constructor", "prototype"]);
  });

  test("inherited fields are not fields: required ones are missing, and none is sent", async () => {
    const inherited = Object.create({ chatId: "201234567890", url: "https://wawp.net" });
    expect(validateSendLinkPreviewParams(inherited)).toEqual([
      { path: "chatId", message: "is required" },
      { path: "url", message: "is required" },
    ]);
    const bodies: unknown[] = [];
    const sending = client({ fetch: (async (req: Request) => (bodies.push(await req.json()), Response.json({}))) as typeof fetch });
    await expect(sending.sendLinkPreview(inherited)).rejects.toBeInstanceOf(ValidationError);
    expect(bodies).toEqual([]);
  });

  test("non-enumerable own fields are not sent either", async () => {
    const params = { chatId: "201234567890", url: "https://wawp.net" };
    Object.defineProperty(params, "text", { value: "hidden", enumerable: false });
    const bodies: Record<string, unknown>[] = [];
    const sending = client({ fetch: (async (req: Request) => (bodies.push(await req.json()), Response.json(message))) as typeof fetch });
    await sending.sendLinkPreview(params);
    expect(bodies[0]).not.toHaveProperty("text");
  });
});

describe("a field the spec does not list", () => {
  test("is sent as given, with one warning per name through the logger, naming the closest field", async () => {
    const warnings: string[] = [];
    const bodies: Record<string, unknown>[] = [];
    const c = client({
      logLevel: "warn",
      logger: { warn: (line) => warnings.push(line) },
      fetch: (async (req: Request) => (bodies.push(await req.json()), Response.json(message))) as typeof fetch,
    });
    const typo = { chatId: "201234567890", url: "https://wawp.net", linkPreviewHQ: true, mode: { size: "large" } };
    await c.sendLinkPreview(typo as never);
    await c.sendLinkPreview(typo as never);
    expect(bodies[0]).toMatchObject({ linkPreviewHQ: true, mode: { size: "large" } });
    expect(warnings).toEqual([
      '[linkcard] sendLinkPreview: "linkPreviewHQ" is not in the spec; sent as given (did you mean `linkPreviewHighQuality`?)',
      '[linkcard] sendLinkPreview: "mode" is not in the spec; sent as given',
    ]);
  });

  test("is not a violation, for the client and for the mock alike", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !["__proto__", "constructor", "prototype"].includes(k) && !(k in credentials)),
        fc.jsonValue(),
        async (name, value) => {
          const params = { chatId: "201234567890", url: "https://wawp.net", [name]: value };
          const known = Object.hasOwn(validParamsShape, name);
          expect(validateSendLinkPreviewParams(params).length === 0).toBe(await mockAccepts({ ...credentials, ...params }));
          if (!known) expect(validateSendLinkPreviewParams(params)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  });

  test("that JSON cannot carry (a BigInt, a cycle) is a ValidationError, and nothing is sent", async () => {
    const counter = countingFetch();
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    for (const extra of [10n, cyclic]) {
      const error = await client({ baseUrl, fetch: counter.fetch })
        .sendLinkPreview({ chatId: "201234567890", url: "https://wawp.net", extra } as never)
        .catch((e: unknown) => e);
      expect((error as ValidationError).issues).toEqual([{ path: "extra", message: "must be a value JSON can carry (no BigInt, no cycles)" }]);
    }
    expect(counter.calls).toBe(0);
  });
});

describe("hostile params", () => {
  test("an own toJSON is refused: it would replace the whole body, credentials and all", async () => {
    const counter = countingFetch();
    const params = { chatId: "201234567890", url: "https://wawp.net", toJSON: () => ({ chatId: "x", url: "javascript:alert(1)" }) };
    const error = await client({ baseUrl, fetch: counter.fetch }).sendLinkPreview(params as never).catch((e: unknown) => e);
    expect((error as ValidationError).issues).toEqual([
      { path: "toJSON", message: "is not allowed: JSON.stringify would send what it returns instead of the params" },
    ]);
    expect(counter.calls).toBe(0);
  });

  test("each field is read once: a getter cannot pass the check and then send something else", async () => {
    let reads = 0;
    const params = {
      url: "https://wawp.net",
      get chatId() {
        return reads++ === 0 ? "201234567890" : "not a recipient";
      },
    };
    const bodies: Array<Record<string, unknown>> = [];
    const c = client({ fetch: (async (req: Request) => (bodies.push(await req.json()), Response.json(message))) as typeof fetch });
    await c.sendLinkPreview(params);
    expect(reads).toBe(1);
    expect(bodies[0]!.chatId).toBe("201234567890");
  });

  test("a caller that invents field after field gets 50 warnings, then one more line, and no more", async () => {
    const lines: string[] = [];
    const c = client({
      logLevel: "warn",
      logger: { warn: (line) => lines.push(line) },
      fetch: (async () => Response.json(message)) as typeof fetch,
    });
    for (let i = 0; i < 20; i++)
      await c.sendLinkPreview({ chatId: "201234567890", url: "https://wawp.net", ...Object.fromEntries(Array.from({ length: 10 }, (_, j) => [`f${i}_${j}`, 1])) } as never);
    expect(lines).toHaveLength(51);
    expect(lines.at(-1)).toBe("[linkcard] sendLinkPreview: more fields the spec does not list; no more warnings");
  });

  test("a field name with a line break cannot forge a log line: names are quoted", async () => {
    const lines: string[] = [];
    const c = client({ logLevel: "warn", logger: { warn: (line) => lines.push(line) }, fetch: (async () => Response.json(message)) as typeof fetch });
    await c.sendLinkPreview({ chatId: "201234567890", url: "https://wawp.net", "x\n[linkcard] all good": 1 } as never);
    expect(lines).toEqual(['[linkcard] sendLinkPreview: "x\\n[linkcard] all good" is not in the spec; sent as given']);
  });
});

test("a required field given as undefined is named once", () => {
  expect(validateSendLinkPreviewParams({ url: "https://wawp.net", chatId: undefined })).toEqual([{ path: "chatId", message: "is required" }]);
});
