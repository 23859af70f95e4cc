import { expectTypeOf, test } from "vitest";
import {
  type APIError,
  type ErrorBody,
  type Message,
  type MessageWithResponse,
  type RateLimitError,
  createClient,
} from "../src/index.js";
import type { EmptyList, Message as RawMessage } from "@linkcard/types";

const client = createClient({ instanceId: "1", accessToken: "t" });
const send = client.sendLinkPreview;

test("a call with only the required fields compiles and resolves to Message", () => {
  expectTypeOf(send({ chatId: "201234567890", url: "https://wawp.net" })).toEqualTypeOf<Promise<Message>>();
  expectTypeOf(send.withResponse({ chatId: "1", url: "https://x" })).toEqualTypeOf<Promise<MessageWithResponse>>();
});

test("the resolved Message has plain arrays where the API may send {} (the raw type keeps the union)", () => {
  expectTypeOf<Message["vCards"]>().toEqualTypeOf<string[]>();
  expectTypeOf<Message["mentionedIds"]>().toEqualTypeOf<string[]>();
  expectTypeOf<Message["links"]>().toEqualTypeOf<{ link: string; isSuspicious: boolean }[] | undefined>();
  expectTypeOf<Message["_data"]["labels"]>().toEqualTypeOf<string[] | undefined>();
  expectTypeOf<RawMessage["vCards"]>().toEqualTypeOf<string[] | EmptyList>();
  expectTypeOf<Message["ack"]>().toEqualTypeOf<number>();
});

test("a call without chatId does not compile", () => {
  // @ts-expect-error chatId is required
  void send({ url: "https://wawp.net" });
});

test("unknown fields, wrong types and the credentials themselves do not compile", () => {
  // @ts-expect-error no such field
  void send({ chatId: "1", url: "https://x", bogus: true });
  // @ts-expect-error a boolean
  void send({ chatId: "1", url: "https://x", linkPreviewHighQuality: "yes" });
  // @ts-expect-error the client adds the credentials
  void send({ chatId: "1", url: "https://x", access_token: "t" });
  // @ts-expect-error delivery is one of two words
  void send({ chatId: "1", url: "https://x" }, { delivery: "exactly-once" });
});

test("errors are typed", () => {
  expectTypeOf<APIError["body"]>().toEqualTypeOf<ErrorBody | undefined>();
  expectTypeOf<APIError["status"]>().toBeNumber();
  expectTypeOf<RateLimitError["retryAfter"]>().toEqualTypeOf<number | undefined>();
  expectTypeOf<APIError>().toExtend<Error>();
});

test("the raw client is openapi-fetch, typed by the spec", () => {
  // @ts-expect-error not a path of the spec
  void client.api.POST("/v2/send/text", { body: {} });
});
