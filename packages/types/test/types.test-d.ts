import { expectTypeOf, test } from "vitest";
import type { ErrorBody, Message, MessageAck, SendLinkPreviewRequest, paths } from "../src/index.js";

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

test("optional fields are optional, reply_to may be null, unknown fields are refused", () => {
  expectTypeOf<SendLinkPreviewRequest["linkPreviewHighQuality"]>().toEqualTypeOf<boolean | undefined>();
  expectTypeOf<SendLinkPreviewRequest["reply_to"]>().toEqualTypeOf<string | null | undefined>();
  // @ts-expect-error bogus is not a field
  const body: SendLinkPreviewRequest = { ...required, bogus: 1 };
  void body;
});

test("the success body is Message, with ack as the documented enum", () => {
  type Ok = paths["/v2/send/link-preview"]["post"]["responses"][200]["content"]["application/json"];
  expectTypeOf<Ok>().toEqualTypeOf<Message>();
  expectTypeOf<Message["ack"]>().toEqualTypeOf<MessageAck>();
  expectTypeOf<MessageAck>().toEqualTypeOf<-1 | 0 | 1 | 2 | 3 | 4>();
  expectTypeOf<Message["id"]["_serialized"]>().toBeString();
});

test("every error status carries ErrorBody", () => {
  type Responses = paths["/v2/send/link-preview"]["post"]["responses"];
  expectTypeOf<Responses[429]["content"]["application/json"]>().toEqualTypeOf<ErrorBody>();
  expectTypeOf<Responses[500]["content"]["application/json"]>().toEqualTypeOf<ErrorBody>();
  expectTypeOf<ErrorBody["message"]>().toEqualTypeOf<string | undefined>();
});
