import type { LinkcardClient, Message, RequestOptions, SendLinkPreviewParams } from "@linkcard/core";

/** What a send mutation takes: the params, and optionally this send's request options (headers such as `Prefer`). */
export type SendLinkPreviewVariables = SendLinkPreviewParams & {
  /** Options of this one send (headers, timeout, retries); the signal is the hook's to give. */
  requestOptions?: Omit<RequestOptions, "signal">;
};

// the sends in flight, per client, by what they send: a second identical send joins the first
const inFlight = new WeakMap<LinkcardClient, Map<string, Promise<Message>>>();

/** The same text whatever the order of the keys; headers in any HeadersInit form compare by their entries. */
const stable = (value: unknown): string =>
  JSON.stringify(value, (key, v) =>
    key === "headers" && v
      ? Object.fromEntries(new Headers(v))
      : v && typeof v === "object" && !Array.isArray(v)
        ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
        : v,
  );

/**
 * Sends with `client`, unless the same variables are being sent with it right now: then the send in
 * flight is joined, so a double click, two `mutate()` calls in one task, or an effect run twice by
 * StrictMode sends one card. Different params still send.
 */
export function sendOnce(client: LinkcardClient, { requestOptions, ...params }: SendLinkPreviewVariables): Promise<Message> {
  let sends = inFlight.get(client);
  if (!sends) inFlight.set(client, (sends = new Map()));
  let key: string;
  try {
    key = stable([params, requestOptions]);
  } catch {
    // not JSON (a cycle, a BigInt): the client says what is wrong with it
    return client.sendLinkPreview(params as SendLinkPreviewParams, requestOptions);
  }
  const running = sends.get(key);
  if (running) return running;
  const send = client.sendLinkPreview(params as SendLinkPreviewParams, requestOptions).finally(() => (sends as Map<string, Promise<Message>>).delete(key));
  sends.set(key, send);
  return send;
}
