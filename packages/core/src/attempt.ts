import { readText } from "@linkcard/http";
import type { ErrorBody, SendLinkPreviewRequest, paths } from "@linkcard/types";
import * as openapiFetch from "openapi-fetch";
import type { Client } from "openapi-fetch";
import { neverSent, whatHappened } from "./connection.js";
import { APIConnectionError, type APIError, APITimeoutError, APIUserAbortError, type LinkcardError, ProxyError, errorClassFor } from "./errors.js";
import { LISTS, MESSAGE } from "./generated/contract.js";
import type { Message } from "./message.js";
import { type Redact, redactJson, scrub } from "./redact.js";
import { matches, typeOf } from "./shape.js";
import { attemptSignal } from "./signals.js";

// In our CommonJS build, require("openapi-fetch") is its CommonJS build, which the bundler's Node-style
// interop hands over whole as the default: the function is one level down there.
const createFetchClient: typeof openapiFetch.default =
  (openapiFetch.default as unknown as { default?: typeof openapiFetch.default }).default ?? openapiFetch.default;

/** The operation's path: the API's, and the proxy's below its mount point. */
export const PATH = "/v2/send/link-preview" satisfies keyof paths;
// the name is checked against the spec by the compiler; Headers.get ignores case
const REQUEST_ID = "X-Request-Id" satisfies keyof paths[typeof PATH]["post"]["responses"][200]["headers"];
/** The largest answer read, in bytes: a Message can carry base64 media, an error body is a few hundred bytes. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** A delivered card: the message (its lists as arrays), the response (body read), the request id, and the body as a proxy relays it. */
export interface Sent {
  data: Message;
  response: Response;
  requestId: string | undefined;
  text: string;
}

/** How one attempt is made. */
export interface AttemptOptions {
  headers: Record<string, string> | undefined;
  timeout: number;
  signal: AbortSignal | undefined;
}

/** Sends a request body once: `send(body, options)` resolves to the sent message or to the error (never rejects). */
export type Send = (body: SendLinkPreviewRequest, options: AttemptOptions) => Promise<Sent | LinkcardError>;

/** What openapi-fetch built for the global fetch: the URL and the init (method, headers, serialized body, redirect). */
interface RequestPlan {
  url: string;
  init: RequestInit;
}
// openapi-fetch calls `new Request(url, init)`; a constructor that returns an object hands that object back
const RequestPlan = function (url: string, init: RequestInit): RequestPlan {
  return { url, init };
} as unknown as typeof Request;

const parseJson = (text: string | undefined): any => {
  try {
    return text && JSON.parse(text);
  } catch {}
};

/**
 * The one attempt the client and the proxy both make: openapi-fetch builds the request and sends it once,
 * redirects unfollowed; the answer is read within MAX_RESPONSE_BYTES and the timeout (even from a `fetch`
 * that ignores its signal); a 2xx counts only when its body, as received, is a `Message`; what comes back
 * is redacted. `proxied`: answers with a `proxy_` code are the proxy's own (ProxyError).
 */
export function createSender(baseUrl: string, fetch: typeof globalThis.fetch | undefined, headers: Record<string, string> | undefined, redact: Redact, proxied: boolean) {
  // redirect: "manual": a 307/308 would re-send the body, token included, wherever Location points
  const api: Client<paths> = createFetchClient<paths>({ baseUrl, fetch, headers, redirect: "manual" });
  // For the global fetch, openapi-fetch's request is kept as its URL and init, and fetch gets those: a
  // Request built and then handed to fetch is built twice and its body streamed (measured: about 200 µs a
  // call over loopback, a third of what the proxy adds). A custom fetch gets a real Request, as documented.
  const plain = fetch ? api : createFetchClient<paths>({ baseUrl, headers, redirect: "manual", Request: RequestPlan });
  // openapi-fetch reads an error body whole; we read every body ourselves, within the limit, so it gets a
  // bodiless stand-in (it looks at nothing but the status) and the real response stays here
  const standIn = new Response(null, { status: 204 });

  /** The headers, or a copy with every echo of the token redacted (a header whose name holds it, left out). */
  const cleanHeaders = (headers: Headers) => {
    for (const [name, value] of headers)
      if (redact(value) !== value || redact(name) !== name) {
        const copy = new Headers();
        headers.forEach((value, name) => redact(name) === name && copy.append(name, redact(value)));
        return copy;
      }
    return headers;
  };

  const send: Send = async (body, { headers, timeout, signal }) => {
    const deadline = attemptSignal(timeout, signal);
    let response: Response | undefined;
    let text: string | undefined;
    const exchange = async () => {
      await plain.POST(
        PATH,
        fetch
          ? // a getter: a fetch that never looks at its signal costs no AbortSignal (its work is raced anyway)
            { body, headers, fetch: async (request: Request) => ((response = await fetch(request, { get signal() { return deadline.signal; } })), standIn) }
          : // the global fetch is looked up per call: one installed after createClient is used
            {
              body,
              headers,
              fetch: async (plan) => {
                const { url, init } = plan as unknown as RequestPlan;
                response = await globalThis.fetch(url, { ...init, signal: deadline.signal });
                return standIn;
              },
            },
      );
      return readText(response as Response, MAX_RESPONSE_BYTES);
    };
    try {
      // the global fetch heeds the signal, body included; a custom one may not, so its work is raced
      text = await (fetch ? deadline.guard(exchange()) : exchange());
    } catch (cause) {
      if (deadline.timedOut()) return new APITimeoutError(`No response within ${timeout} ms; the message may have been sent`);
      if (signal?.aborted) return new APIUserAbortError("Request aborted; the message may have been sent", { cause: signal.reason, mayHaveBeenSent: true });
      const lost = !!response || !neverSent(cause);
      return new APIConnectionError(redact(`Connection to ${baseUrl} failed: ${whatHappened(cause)}`), {
        cause: scrub(cause, redact),
        mayHaveBeenSent: lost,
      });
    } finally {
      deadline.done();
    }
    const { status, ok } = response as Response;
    const rawId = (response as Response).headers.get(REQUEST_ID);
    const requestId = rawId === null ? undefined : redact(rawId);
    const parsed = parseJson(text);
    // judged on the body as received: redaction never turns a delivered card into an error
    if (ok && matches(parsed, MESSAGE)) {
      // a string holds the token in some form, or may hold it behind a JSON escape: only then is the body walked
      const data = text !== redact(text as string) || (text as string).includes("\\") ? redactJson(parsed, redact) : parsed;
      for (const [owner, name] of LISTS) {
        // the API serializes an empty list as {}: hand out []
        const object = owner ? data[owner] : data;
        if (typeOf(object?.[name]) === "o") object[name] = [];
      }
      return { data, response: response as Response, requestId, text: data === parsed ? (text as string) : JSON.stringify(data) };
    }
    const errorHeaders = cleanHeaders((response as Response).headers);
    const errorBody = typeOf(parsed) === "o" ? (redactJson(parsed, redact) as ErrorBody) : undefined;
    if (proxied && !ok && /^proxy_/.test(errorBody?.code as string)) return new ProxyError(status, errorBody as never, errorHeaders);
    const location = errorHeaders.get("location");
    const said = [errorBody?.message, errorBody?.error].find((s) => typeof s === "string");
    const detail =
      [301, 302, 303, 307, 308].includes(status) || (response as Response).type === "opaqueredirect"
        ? `redirect${location ? ` to ${location}` : ""} not followed: nothing was sent there`
        : text === undefined
          ? `(body over ${MAX_RESPONSE_BYTES} bytes, not read)`
          : (said ?? redact(text)).slice(0, 300) || "(empty body)";
    return new (errorClassFor(status))(status, errorBody, errorHeaders, requestId, `${ok ? "but not a message: " : ""}${detail}`) as APIError;
  };
  return { api, send, cleanHeaders };
}
