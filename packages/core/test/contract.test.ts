// The client against a real Prism mock of the spec: every documented response, mapped as promised.
import { describe, expect, inject, test } from "vitest";
import {
  APIError,
  AuthenticationError,
  BadRequestError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from "../src/index.js";
import { client, countingFetch, errorExample, message, params } from "./helpers/fixtures.js";

const baseUrl = inject("mockUrl");

describe("success", () => {
  test("the vendor page's example, with {} for empty lists, comes back with arrays", async () => {
    const sent = await client({ baseUrl }).sendLinkPreview(params, { headers: { Prefer: "example=vendorPage" } });
    expect(sent.id._serialized).toBe("true_000000000000@c.us_MSG_ID_123456");
    for (const list of [sent.vCards, sent.mentionedIds, sent.groupMentions, sent.links]) expect(list).toEqual([]);
    for (const list of [sent._data.mentionedJidList, sent._data.groupMentions, sent._data.labels, sent._data.links])
      expect(list).toEqual([]);
  });

  test("201, the status Wawp's reference shows, is a success like 200", async () => {
    const { data, response } = await client({ baseUrl }).sendLinkPreview.withResponse(params, { headers: { Prefer: "code=201" } });
    expect(response.status).toBe(201);
    expect(data).toEqual(message);
  });

  test("resolves to the Message the API returns", async () => {
    const sent = await client({ baseUrl }).sendLinkPreview(params);
    expect(sent).toEqual(message);
    expect(sent.id._serialized).toBe("true_201234567890@c.us_3EB0C767D26A8B4C1F27");
  });

  test("withResponse gives the response and the request id", async () => {
    const { data, response, requestId } = await client({ baseUrl }).sendLinkPreview.withResponse(params);
    expect(data).toEqual(message);
    expect(response.status).toBe(200);
    expect(requestId).toBe("req_01JDWX8Z2K7QY3M5N9P4R6T8V0");
  });

  test("every optional field, the vendor's own example card, passes the mock's validation", async () => {
    const sent = await client({ baseUrl }).sendLinkPreview({
      ...params,
      text: "Check out our new website!",
      thumbnail: "https://wawp.net/samples/cat.jpg",
      title: "Wawp - Advanced WhatsApp API",
      description: "The ultimate platform for WhatsApp automation.",
      linkPreviewHighQuality: true,
      reply_to: null,
    });
    expect(sent.type).toBe("chat");
  });

  test("the raw openapi-fetch client stays reachable, typed, with the base URL set", async () => {
    const { data, response } = await client({ baseUrl }).api.POST("/v2/send/link-preview", {
      body: { instance_id: "1", access_token: "t", ...params },
    });
    expect(response.status).toBe(200);
    expect(data?.id.remote).toBe("201234567890@c.us");
  });
});

describe("every documented error status maps to its class, with typed body and request id", () => {
  test.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
  ])("%i → %o", async (status, type) => {
    const counter = countingFetch();
    const error = await client({ baseUrl, maxRetries: 0, fetch: counter.fetch })
      .sendLinkPreview(params, { headers: { Prefer: `code=${status}` } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(APIError);
    expect(error).toBeInstanceOf(Error);
    const apiError = error as APIError;
    expect(apiError.status).toBe(status);
    expect(apiError.body).toEqual(errorExample(status));
    expect(apiError.message).toContain(String(apiError.body?.message));
    expect(apiError.requestId).toBe("req_01JDWX8Z2K7QY3M5N9P4R6T8V0");
    expect(apiError.headers.get("content-type")).toContain("application/json");
    expect(counter.calls).toBe(1);
  });

  test("a 429 carries retryAfter from Retry-After, in ms", async () => {
    const error = await client({ baseUrl, maxRetries: 0 })
      .sendLinkPreview(params, { headers: { Prefer: "code=429" } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimitError);
    expect((error as RateLimitError).retryAfter).toBe(30_000);
  });
});
