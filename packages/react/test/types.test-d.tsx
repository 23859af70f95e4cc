import type { APIError, LinkcardError, Message, RequestOptions, SendLinkPreviewParams } from "@linkcard/core";
import { createClient } from "@linkcard/core";
import type { CardCheck } from "@linkcard/unfurl";
import { expectTypeOf, test } from "vitest";
import { type UnfurlResult, sendLinkPreviewMutationKey, sendLinkPreviewMutationOptions, useSendLinkPreview } from "../src/index.js";

type Result = ReturnType<typeof useSendLinkPreview>;

test("variables are the params (and this send's request options), data the Message (with plain arrays), error the core's classes", () => {
  expectTypeOf<Parameters<Result["mutate"]>[0]>().toEqualTypeOf<SendLinkPreviewParams & { requestOptions?: Omit<RequestOptions, "signal"> }>();
  expectTypeOf<SendLinkPreviewParams>().toExtend<Parameters<Result["mutate"]>[0]>();
  expectTypeOf<Result["data"]>().toEqualTypeOf<Message | undefined>();
  expectTypeOf<NonNullable<Result["data"]>["vCards"]>().toEqualTypeOf<string[]>();
  expectTypeOf<Result["error"]>().toEqualTypeOf<LinkcardError | null>();
  expectTypeOf<APIError>().toExtend<LinkcardError>();
});

test("a mutate without chatId, or with the credentials, does not compile", () => {
  const mutate = {} as Result["mutate"];
  // @ts-expect-error chatId is required
  mutate({ url: "https://wawp.net" });
  // @ts-expect-error the proxy adds the credentials
  mutate({ chatId: "1", url: "https://x", access_token: "t" });
  // @ts-expect-error the hook gives the signal
  mutate({ chatId: "1", url: "https://x", requestOptions: { signal: AbortSignal.timeout(1) } });
});

test("the key and the options compose with TanStack Query", () => {
  expectTypeOf(sendLinkPreviewMutationKey).toEqualTypeOf<readonly ["linkcard", "sendLinkPreview"]>();
  const options = sendLinkPreviewMutationOptions(createClient({ proxy: "/api/linkcard" }));
  expectTypeOf(options.mutationFn).returns.toEqualTypeOf<Promise<Message>>();
  expectTypeOf(options.retry).toEqualTypeOf<false>();
});

test("the unfurl handler's answer is what useUnfurl types it as", () => {
  expectTypeOf<CardCheck>().toExtend<UnfurlResult>();
});
