// The mock is the contract made runnable: it serves every documented response, and refuses what the spec refuses.
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import { describe, expect, inject, test } from "vitest";

const path = "/v2/send/link-preview";
const operation = spec.paths[path].post;
const responses = operation.responses as Record<string, any>;
const valid = { instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" };

// the run's shared mock (test/global-setup.ts)
const mockUrl = inject("mockUrl");

const send = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${mockUrl}${path}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });

const examples = spec.components.examples as Record<string, { value: unknown }>;
/** An example, inline or a `#/components/examples/...` reference. */
const valueOf = (example: { value?: unknown; $ref?: string }) => (example.$ref ? examples[example.$ref.split("/").pop()!]!.value : example.value);

/** The first example the spec gives for a status: what Prism serves by default. */
const exampleOf = (status: string) => {
  const media = responses[status].content["application/json"];
  return media.example ?? valueOf(Object.values(media.examples)[0] as { $ref: string });
};

describe("the mock serves every documented status with its example", () => {
  test.each(Object.keys(responses))("Prefer: code=%s", async (status) => {
    const res = await send(valid, { Prefer: `code=${status}` });
    expect(res.status).toBe(Number(status));
    expect(await res.json()).toEqual(exampleOf(status));
    for (const header of Object.keys(responses[status].headers ?? {}))
      expect(res.headers.get(header), `${status} ${header}`).toBeTruthy();
  });

  test("without Prefer, a valid request gets 200 and the link-preview example", async () => {
    const res = await send(valid);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(examples.LinkPreviewMessage!.value);
  });

  test("Prefer: example=vendorPage serves the vendor page's example", async () => {
    const res = await send(valid, { Prefer: "example=vendorPage" });
    expect(await res.json()).toEqual(examples.VendorPageMessage!.value);
  });

  test("the full example request from the spec is accepted", async () => {
    const res = await send(operation.requestBody.content["application/json"].examples.card.value);
    expect(res.status).toBe(200);
  });
});

describe("the mock refuses an invalid body with 400, naming what is wrong", () => {
  const { chatId: _, ...withoutChatId } = valid;
  const { message: __, ...example } = exampleOf("400");
  // the field is named either as where the fault is (request.body.url) or as what is missing ('chatId')
  test.each([
    ["a missing required field (chatId)", withoutChatId, "chatId"],
    ["a non-http url", { ...valid, url: "ftp://wawp.net/file" }, "url"],
    ["a non-http thumbnail", { ...valid, thumbnail: "file:///etc/passwd" }, "thumbnail"],
    ["text over 4096 characters", { ...valid, text: "x".repeat(4097) }, "text"],
    ["a chatId that is neither a number nor a JID", { ...valid, chatId: "alice" }, "chatId"],
    ["a non-boolean linkPreviewHighQuality", { ...valid, linkPreviewHighQuality: "yes" }, "linkPreviewHighQuality"],
  ])("%s", async (_, body, field) => {
    const res = await send(body, { Prefer: "code=200" });
    expect(res.status).toBe(400);
    const { message, ...rest } = await res.json();
    expect(rest).toEqual(example);
    expect(message).toMatch(/^Invalid request: /);
    expect(message).toMatch(new RegExp(`request\\.body\\.${field} |'${field}'`));
  });

  test("text of exactly 4096 characters is accepted", async () => {
    expect((await send({ ...valid, text: "x".repeat(4096) })).status).toBe(200);
  });
});

describe("the mock accepts what the API accepts", () => {
  test.each([
    ["a field the spec does not list (the API may know it)", { ...valid, linkPreviewMode: "large" }],
    ["a number written with + and spaces", { ...valid, chatId: "+20 123 456 7890" }],
    ["status@broadcast", { ...valid, chatId: "status@broadcast" }],
    ["a broadcast list", { ...valid, chatId: "1600000000@broadcast" }],
    ["an upper-case URL scheme", { ...valid, url: "HTTPS://WAWP.NET" }],
  ])("%s", async (_, body) => {
    expect((await send(body)).status).toBe(200);
  });

  test("Prefer: code=201 serves the 201 success, the same Message", async () => {
    const res = await send(valid, { Prefer: "code=201" });
    expect(res.status).toBe(201);
    expect(await res.json()).toEqual(examples.LinkPreviewMessage!.value);
  });
});
