import spec from "@linkcard/types/openapi.json" with { type: "json" };
import { exampleMessage } from "@linkcard/types";
import { createClient } from "../../src/index.js";
import type { ClientOptions } from "../../src/index.js";

export const TOKEN = "tok_s3cr3t-VALUE";
export const INSTANCE = "123456789";
export const params = { chatId: "201234567890", url: "https://wawp.net" };

const responses = spec.paths["/v2/send/link-preview"].post.responses;
/** The spec's link-preview success example: a real Message body. */
export const message = exampleMessage as typeof spec.components.examples.LinkPreviewMessage.value;

/** The error example the spec documents for a status. */
export const errorExample = (status: number) =>
  (responses as Record<string, { content: { "application/json": { example?: unknown } } }>)[status]!.content[
    "application/json"
  ].example;

/** A client with test credentials that does not log. */
export const client = (options: ClientOptions = {}) =>
  createClient({ instanceId: INSTANCE, accessToken: TOKEN, logLevel: "off", ...options });

/** A fetch that counts the calls it passes on to the real one. */
export function countingFetch() {
  const counter = {
    calls: 0,
    fetch: ((input: RequestInfo | URL, init?: RequestInit) => {
      counter.calls++;
      return fetch(input, init);
    }) as typeof fetch,
  };
  return counter;
}
