// checkCard: the card the recipient will see, and each rule it breaks, against a real local site
// serving pages and images made to pass or break each rule.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checkCard, HttpStatusError, RULES, type CardParams } from "../src/index.js";
import { jpeg, png, webp } from "./helpers/images.js";
import { serve, type TestServer } from "./helpers/server.js";

const IMAGES: Record<string, [type: string, bytes: Buffer]> = {
  "/wide.png": ["image/png", png(1200, 630)],
  "/narrow.jpg": ["image/jpeg", jpeg(240, 240)],
  "/banner.png": ["image/png", png(2000, 400)],
  "/heavy.png": ["image/png", png(1200, 630, 700_000)],
  "/photo.webp": ["image/webp", webp(1200, 630)],
  "/lying.png": ["image/png", webp(1200, 630)],
};
const FULL = (image: string) => `<html><head>
  <meta property="og:title" content="A page"><meta property="og:description" content="What it is about">
  <meta property="og:url" content="https://example.com/page"><meta property="og:image" content="${image}">
  </head><body></body></html>`;
const PAGES: Record<string, string> = {
  "/good": "", // FULL with an absolute image URL, filled in once the port is known
  "/bare": "<html><head><title>Only a title</title></head></html>",
  "/relative": FULL("/wide.png"),
  "/late": `<html><head><title>Late</title>${"<link rel=preload href=x>".repeat(15_000)}</head></html>`,
  "/long": `<head><meta property="og:description" content="${"word ".repeat(40)}"></head>`,
};

let site: TestServer;
const url = (path: string) => `${site.origin}${path}`;
const check = (params: CardParams) => checkCard(params, { dangerouslyAllowPrivateNetwork: [site.pair] });
const ruleIds = (result: { problems: { rule: string }[] }) => result.problems.map((p) => p.rule);

beforeAll(async () => {
  site = await serve((request, response) => {
    const image = IMAGES[request.url!];
    if (image) return response.writeHead(200, { "content-type": image[0], "content-length": image[1].length }).end(image[1]);
    const page = PAGES[request.url!];
    if (page === undefined) return response.writeHead(404).end();
    response.writeHead(200, { "content-type": "text/html" }).end(page || FULL(url("/wide.png")));
  });
});
afterAll(() => site.close());

describe("the card predicted", () => {
  test("large: linkPreviewHighQuality and an image that meets every rule, on a page that meets them too", async () => {
    const result = await check({ url: url("/good"), linkPreviewHighQuality: true });
    expect(result).toMatchObject({ card: "large", problems: [], title: "A page", description: "What it is about", image: { width: 1200, height: 630, type: "image/png" } });
    expect(result.reason).toBe("large card asked for, and the page's image (og:image) meets every image rule");
  });

  test("small: the same card without linkPreviewHighQuality (the vendor documents no default)", async () => {
    const result = await check({ url: url("/good") });
    expect(result).toMatchObject({ card: "small", problems: [] });
    expect(result.reason).toBe("linkPreviewHighQuality is not true, so the image shows as the small square icon");
  });

  test("small: large asked for, but the thumbnail is 240 px wide", async () => {
    const result = await check({ url: url("/good"), title: "T", description: "D", thumbnail: url("/narrow.jpg"), linkPreviewHighQuality: true });
    expect(result.card).toBe("small");
    expect(result.problems).toEqual([
      {
        rule: "image-300px-wide",
        severity: "error",
        measured: 240,
        limit: 300,
        message: "large card asked for, but the thumbnail is 240 px wide: WhatsApp needs ≥ 300 px (source: https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)",
        source: RULES.find((r) => r.id === "image-300px-wide")!.source,
      },
    ]);
  });

  test.each([
    ["/banner.png", "image-aspect-4-1", "the thumbnail is 2000×400 (5.00:1): WhatsApp needs ≤ 4"],
    ["/heavy.png", "image-under-600kb", `the thumbnail is ${IMAGES["/heavy.png"]![1].length.toLocaleString("en-US")} bytes: WhatsApp needs < 600,000 bytes`],
  ])("small: large asked for, but %s breaks %s", async (path, rule, message) => {
    const result = await check({ url: url("/good"), title: "T", description: "D", thumbnail: url(path), linkPreviewHighQuality: true });
    expect(result.card).toBe("small");
    expect(ruleIds(result)).toEqual([rule]);
    expect(result.problems[0]!.message.startsWith(`large card asked for, but ${message}`), result.problems[0]!.message).toBe(true);
  });

  test.each(["/photo.webp", "/lying.png"])("no-image: %s is a WebP (by its bytes, whatever its name or Content-Type); the API takes JPEG or PNG", async (path) => {
    const result = await check({ url: url("/good"), title: "T", description: "D", thumbnail: url(path), linkPreviewHighQuality: true });
    expect(result.card).toBe("no-image");
    expect(result.problems.map((p) => [p.rule, p.message])).toEqual([
      ["thumbnail-media-types", "the thumbnail is image/webp: the API takes JPEG or PNG (source: https://api.wawp.net/en/docs/v2/send/link-preview)"],
    ]);
  });

  test("no-image: the thumbnail cannot be fetched, and says why", async () => {
    const result = await check({ url: url("/good"), title: "T", description: "D", thumbnail: url("/missing.png") });
    expect(result.card).toBe("no-image");
    expect(result.image!.error).toBeInstanceOf(HttpStatusError);
    expect(result.reason).toBe(`no image: ${url("/missing.png")} answered HTTP 404`);
  });

  test("no-image: neither the params nor the page have one", async () => {
    const result = await check({ url: url("/bare"), linkPreviewHighQuality: true });
    expect(result.card).toBe("no-image");
    expect(result.title).toBe("Only a title");
  });
});

describe("what the params leave out comes from the page", () => {
  test("the params' own values win, and a card given whole does not fetch the page", async () => {
    const before = site.requests.filter((r) => r.url === "/good").length;
    const result = await check({ url: url("/good"), title: "Mine", description: "My words", thumbnail: url("/wide.png"), linkPreviewHighQuality: true });
    expect(result).toMatchObject({ card: "large", title: "Mine", description: "My words", image: { source: "thumbnail" } });
    expect(result.page).toBeUndefined();
    expect(site.requests.filter((r) => r.url === "/good").length).toBe(before);
  });

  test("the page's rules apply to what is taken from it: og tags, the head's place, the image's URL", async () => {
    const bare = await check({ url: url("/bare") });
    expect(ruleIds(bare)).toEqual(["og-title", "og-description", "og-url"]);
    expect(bare.problems[0]!.message).toBe(
      "the page has no og:title in its <head>: WhatsApp needs it in the <head>, not empty (source: https://developers.facebook.com/documentation/business-messaging/whatsapp/link-previews/)",
    );
    // a title of its own: og:title is not needed
    expect(ruleIds(await check({ url: url("/bare"), title: "Mine" }))).toEqual(["og-description", "og-url"]);
    expect(ruleIds(await check({ url: url("/relative") }))).toEqual(["image-absolute"]);
    const late = await check({ url: url("/late"), title: "T", description: "D" });
    expect(ruleIds(late)).toContain("head-within-300kb");
    expect(late.problems.find((p) => p.rule === "head-within-300kb")!.message).toMatch(/^the page's <head> ends at byte 3\d\d,\d\d\d: WhatsApp needs ≤ 300,000 bytes/);
  });

  test("a description over about 80 characters is flagged as cut (info), not as an error", async () => {
    const result = await check({ url: url("/long"), title: "T", thumbnail: url("/wide.png") });
    const problem = result.problems.find((p) => p.rule === "description-80-chars")!;
    expect(problem).toMatchObject({ severity: "info", measured: 199, message: expect.stringMatching(/^the description is 199 characters: about 80 show/) });
  });

  test("a page that cannot be read rejects: there is no card to predict", async () => {
    await expect(check({ url: url("/nowhere") })).rejects.toBeInstanceOf(HttpStatusError);
  });

  test("the display limits and the best-attempt caveat come from the rules", async () => {
    const result = await check({ url: url("/good") });
    expect(result.display).toEqual({ titleLines: 2, descriptionCharacters: 80 });
    expect(result.note).toMatch(/^A preview is a best attempt/);
  });
});

describe("every rule's status, for a report that lists them all", () => {
  const statuses = (result: { rules: { rule: string; status: string }[] }) => Object.fromEntries(result.rules.map((r) => [r.rule, r.status]));

  test("a page read whole: each rule passes or fails with what was measured; the ones nothing measures say why", async () => {
    const result = await check({ url: url("/good"), linkPreviewHighQuality: true });
    expect(result.rules.map((r) => r.rule)).toEqual(RULES.map((r) => r.id));
    expect(statuses(result)).toEqual({
      "head-within-300kb": "pass",
      "og-title": "pass",
      "og-description": "pass",
      "og-url": "pass",
      "image-absolute": "pass",
      "image-under-600kb": "pass",
      "image-300px-wide": "pass",
      "image-aspect-4-1": "pass",
      "title-2-lines": "not-checked",
      "description-80-chars": "pass",
      "best-attempt": "not-checked",
      "thumbnail-media-types": "pass",
    });
    expect(result.rules.find((r) => r.rule === "image-300px-wide")).toEqual({ rule: "image-300px-wide", status: "pass", measured: 1200 });
    expect(result.rules.find((r) => r.rule === "title-2-lines")!.reason).toMatch(/recipient's screen/);
  });

  test("a failed rule is listed as failed, and its problem is in problems", async () => {
    const result = await check({ url: url("/good"), title: "T", description: "D", thumbnail: url("/narrow.jpg"), linkPreviewHighQuality: true });
    expect(result.rules.find((r) => r.rule === "image-300px-wide")).toEqual({ rule: "image-300px-wide", status: "fail", measured: 240 });
    expect(result.rules.filter((r) => r.status === "fail").map((r) => r.rule)).toEqual(ruleIds(result));
  });

  test("a card given whole: the page's rules are not checked, since the page is not read", async () => {
    const result = await check({ url: url("/good"), title: "Mine", description: "My words", thumbnail: url("/wide.png") });
    const pageRules = ["head-within-300kb", "og-title", "og-description", "og-url", "image-absolute"];
    for (const rule of pageRules) expect(result.rules.find((r) => r.rule === rule), rule).toMatchObject({ status: "not-checked", reason: expect.any(String) });
    expect(result.rules.find((r) => r.rule === "image-absolute")!.reason).toBe("the image is the params' thumbnail, not one the page names");
    expect(statuses(result)["image-300px-wide"]).toBe("pass");
  });

  test("no image: the image rules are not checked, and say there is none; a title of the params' own leaves og:title unchecked", async () => {
    const result = await check({ url: url("/bare"), title: "Mine" });
    for (const rule of ["image-absolute", "image-under-600kb", "image-300px-wide", "image-aspect-4-1", "thumbnail-media-types"])
      expect(result.rules.find((r) => r.rule === rule), rule).toEqual({ rule, status: "not-checked", reason: "there is no image" });
    expect(result.rules.find((r) => r.rule === "og-title")).toMatchObject({ status: "not-checked", reason: "the params give the title, so the page's og:title is not used" });
    expect(statuses(result)["og-description"]).toBe("fail");
    expect(result.rules.find((r) => r.rule === "description-80-chars")).toMatchObject({ status: "not-checked", reason: "there is no description" });
  });

  test("an image that cannot be fetched: its rules are not checked, with the error", async () => {
    const result = await check({ url: url("/good"), title: "T", description: "D", thumbnail: url("/missing.png") });
    expect(result.rules.find((r) => r.rule === "image-300px-wide")!.reason).toBe(`the image could not be measured: ${url("/missing.png")} answered HTTP 404`);
  });
});
