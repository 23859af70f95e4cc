import { expectTypeOf, test } from "vitest";
import type { EmptyList, ErrorBody, Message, MessageAck, SendLinkPreviewRequest, paths } from "../src/index.js";

const required = { instance_id: "1", access_token: "t", chatId: "201234567890", url: "https://wawp.net" };

test("a request with only the required fields compiles", () => {
  expectTypeOf(required).toExtend<SendLinkPreviewRequest>();
});

test("a request without chatId does not compile", () => {
  const { chatId: _, ...withoutChatId } = required;
  // @ts-expect-error chatId is required
  const body: SendLinkPreviewRequest = withoutChatId;
  expectTypeOf(withoutChatId).not.toExtend<SendLinkPreviewRequest>();
  void body;
});

test("optional fields are optional, reply_to may be null, the type stays closed (a typo does not compile)", () => {
  expectTypeOf<SendLinkPreviewRequest["linkPreviewHighQuality"]>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<SendLinkPreviewRequest["reply_to"]>().toEqualTypeOf<string | null | undefined>();
  // @ts-expect-error linkPreviewHQ is not a field
  const body: SendLinkPreviewRequest = { ...required, linkPreviewHQ: true };
  void body;
});

test("the success body of 200 and 201 is Message, with ack an open integer", () => {
  type Responses = paths["/v2/send/link-preview"]["post"]["responses"];
  expectTypeOf<Responses[200]["content"]["application/json"]>().toEqualTypeOf<Message>();
  expectTypeOf<Responses[201]["content"]["application/json"]>().toEqualTypeOf<Message>();
  expectTypeOf<Message["ack"]>().toEqualTypeOf<MessageAck>();
  expectTypeOf<MessageAck>().toEqualTypeOf<number>();
  expectTypeOf<Message["id"]["_serialized"]>().toBeString();
});

test("every error status carries ErrorBody", () => {
  type Responses = paths["/v2/send/link-preview"]["post"]["responses"];
  expectTypeOf<Responses[429]["content"]["application/json"]>().toEqualTypeOf<ErrorBody>();
  expectTypeOf<Responses[500]["content"]["application/json"]>().toEqualTypeOf<ErrorBody>();
  expectTypeOf<ErrorBody["message"]>().toEqualTypeOf<string | undefined>();
});

test("the raw types keep the API's `{}` lists (the core client hands out arrays)", () => {
  expectTypeOf<Message["vCards"]>().toEqualTypeOf<string[] | EmptyList>();
  expectTypeOf<EmptyList>().toEqualTypeOf<Record<string, never>>();
});
