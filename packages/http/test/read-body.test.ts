import { describe, expect, test } from "vitest";
import { errorBody, readBody, readText } from "../src/index.js";

/** A stream of `count` chunks of `size` bytes that records how many were pulled and whether it was cancelled. */
function source(count: number, size: number) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (state.pulled === count) return controller.close();
        state.pulled++;
        controller.enqueue(new Uint8Array(size).fill(120));
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, state };
}

describe("readBody", () => {
  test("reads a body within the limit whole, however it is chunked", async () => {
    const { stream } = source(5, 1000);
    expect((await readBody(stream, 5000))?.byteLength).toBe(5000);
    expect(await readBody(null, 10)).toEqual(new Uint8Array(0));
  });

  test("stops at the first chunk past the limit and cancels the rest unread", async () => {
    const { stream, state } = source(1_000_000, 1000);
    expect(await readBody(stream, 10_000)).toBeUndefined();
    expect(state.pulled).toBe(11);
    expect(state.cancelled).toBe(true);
  });

  test("refuses a declared length over the limit without reading at all", async () => {
    const { stream, state } = source(10, 1000);
    expect(await readBody(stream, 100, "1000000")).toBeUndefined();
    expect(state.pulled).toBe(0);
  });

  test("readText decodes UTF-8, and in strict mode refuses bytes that are not", async () => {
    expect(await readText(new Response("héllo"), 100)).toBe("héllo");
    await expect(readText(new Response(new Uint8Array([0xff, 0xfe])), 100, true)).rejects.toThrow(TypeError);
  });
});

test("errorBody has the spec's error shape", () => {
  expect(errorBody(413, "proxy_body_too_large", "too big", { limit: 1 })).toEqual({
    status: 413,
    error: "Content Too Large",
    message: "too big",
    code: "proxy_body_too_large",
    limit: 1,
  });
});
