// One AbortSignal for a whole batch of sends is a normal thing to pass; it must not trip Node's
// "possible EventTarget memory leak" warning (more than 10 listeners on one target).
import { afterEach, expect, test } from "vitest";
import { APIUserAbortError } from "../src/index.js";
import { client, message, params } from "./helpers/fixtures.js";
import { json, startServer } from "./helpers/server.js";

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function warningsDuring(run: () => Promise<unknown>): Promise<string[]> {
  const warnings: string[] = [];
  const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
  process.on("warning", onWarning);
  try {
    await run();
    await new Promise((resolve) => setImmediate(resolve)); // warnings are emitted on the next tick
  } finally {
    process.off("warning", onWarning);
  }
  return warnings;
}

test("50 concurrent sends sharing one signal: no MaxListenersExceededWarning, and all succeed", async () => {
  // answer only once every request is in flight, so all 50 listen to the signal at once
  const pending: Array<() => void> = [];
  const server = await startServer((req, res, i) => {
    pending.push(() => json(200, message)(req, res, i));
    if (pending.length === 50) pending.forEach((answer) => answer());
  });
  servers.push(server);
  const signal = new AbortController().signal;
  const c = client({ baseUrl: server.url });
  const warnings = await warningsDuring(() => Promise.all(Array.from({ length: 50 }, () => c.sendLinkPreview(params, { signal }))));
  expect(warnings.filter((w) => w.includes("MaxListeners"))).toEqual([]);
  expect(server.seen).toHaveLength(50);
});

test("20 sends waiting to retry on one signal, then aborted: no warning, each error keeps the caller's reason", async () => {
  const server = await startServer(json(429, {}, { "retry-after": "30" }));
  servers.push(server);
  const controller = new AbortController();
  const c = client({ baseUrl: server.url });
  const reason = new Error("user navigated away");
  let errors: unknown[] = [];
  const warnings = await warningsDuring(async () => {
    const sends = Array.from({ length: 20 }, () => c.sendLinkPreview(params, { signal: controller.signal }).catch((e: unknown) => e));
    while (server.seen.length < 20) await new Promise((resolve) => setTimeout(resolve, 10));
    controller.abort(reason);
    errors = await Promise.all(sends);
  });
  expect(warnings.filter((w) => w.includes("MaxListeners"))).toEqual([]);
  for (const error of errors) {
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect((error as Error).cause).toBe(reason);
  }
  expect(server.seen).toHaveLength(20);
});

test("an abort mid-flight keeps the caller's reason too", async () => {
  const server = await startServer(() => {});
  servers.push(server);
  const reason = new Error("cancelled by the user");
  const controller = new AbortController();
  const pending = client({ baseUrl: server.url }).sendLinkPreview(params, { signal: controller.signal }).catch((e: unknown) => e);
  while (server.seen.length < 1) await new Promise((resolve) => setTimeout(resolve, 10));
  controller.abort(reason);
  const error = await pending;
  expect(error).toBeInstanceOf(APIUserAbortError);
  expect((error as Error).cause).toBe(reason);
});

test("the timeout holds even when a custom fetch ignores its signal", async () => {
  const ignoring = (() => new Promise<Response>(() => {})) as typeof fetch;
  const error = await client({ fetch: ignoring, timeout: 200, maxRetries: 0 })
    .sendLinkPreview(params)
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "APITimeoutError", mayHaveBeenSent: true });
});

test("so does it while a custom fetch's body never ends", async () => {
  const endless = (async () => new Response(new ReadableStream({ pull() {} }), { status: 200 })) as typeof fetch;
  const error = await client({ fetch: endless, timeout: 200, maxRetries: 0 })
    .sendLinkPreview(params)
    .catch((e: unknown) => e);
  expect(error).toMatchObject({ name: "APITimeoutError", mayHaveBeenSent: true });
});

test("an abort while waiting to retry says what earlier attempts leave open", async () => {
  const server = await startServer(json(503, { message: "busy" }, { "retry-after": "5" }));
  servers.push(server);
  const controller = new AbortController();
  const pending = client({ baseUrl: server.url, maxRetries: 2 }).sendLinkPreview(params, { signal: controller.signal }).catch((e: unknown) => e);
  while (server.seen.length === 0) await new Promise((resolve) => setTimeout(resolve, 10));
  controller.abort(new Error("user left"));
  const error = await pending;
  expect(error).toBeInstanceOf(APIUserAbortError);
  expect(error).toMatchObject({ mayHaveBeenSent: false, cause: new Error("user left") });
});
