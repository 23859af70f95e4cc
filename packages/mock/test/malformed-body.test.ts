// What Prism alone never answers: a JSON body that does not parse (it hangs), or one too big to read; and a
// body that is not JSON at all, which Prism answers with the spec's 422 ("session not working").
import { connect } from "node:net";
import { describe, expect, inject, test } from "vitest";

const url = `${inject("mockUrl")}/v2/send/link-preview`;
const valid = { instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" };

// A hang fails the test here (the fetch aborts) instead of timing the answer: the machine may be busy.
const post = (body: BodyInit, contentType: string, init: RequestInit = {}) =>
  fetch(url, {
    method: "POST",
    headers: { "content-type": contentType },
    body,
    signal: AbortSignal.timeout(10_000),
    ...init,
  });

const parseError = (text: string) => {
  try {
    JSON.parse(text);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error(`${text} is valid JSON`);
};

describe("a malformed JSON body gets 400 at once, in the spec's error shape", () => {
  test.each([
    ["a body cut short", '{"chatId":', "application/json"],
    ["text that is not JSON", "not json", "application/json; charset=utf-8"],
    ["an empty body", "", "application/json"],
    ["a +json media type, in capitals", "{", "Application/Vnd.Wawp+JSON"],
  ])("%s", async (_, body, contentType) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/json");
    expect(await res.json()).toEqual({
      status: 400,
      error: "Bad Request",
      message: `Malformed JSON body: ${parseError(body)}`,
      code: "bad_request",
    });
  });
});

describe("a body that is not JSON gets 400 naming the media type the spec takes", () => {
  test.each([
    ["text", "not json", "text/plain"],
    ["JSON sent as text", JSON.stringify(valid), "text/plain"],
    ["a form", "chatId=201234567890", "application/x-www-form-urlencoded"],
  ])("%s", async (_, body, contentType) => {
    const res = await post(body, contentType);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      error: "Bad Request",
      message: "Invalid request: request: Supported content types: application/json",
      code: "bad_request",
    });
  });
});

describe("a body over 1 MiB gets 413, without the mock reading it all", () => {
  const big = JSON.stringify({ ...valid, text: "x".repeat(2 * 1024 * 1024) });
  const tooLarge = {
    status: 413,
    error: "Content Too Large",
    message: "Request body over 1048576 bytes",
    code: "payload_too_large",
  };

  test("with a content-length", async () => {
    const res = await post(big, "application/json");
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  test("streamed, with no length given", async () => {
    const bytes = new TextEncoder().encode(big);
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let at = 0; at < bytes.length; at += 64 * 1024) controller.enqueue(bytes.subarray(at, at + 64 * 1024));
        controller.close();
      },
    });
    const res = await post(stream, "application/json", { duplex: "half" } as RequestInit);
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual(tooLarge);
  });

  test("announced with Expect: 100-continue, before it is sent: no `100 Continue`, a 413, the connection closed", async () => {
    const { host, hostname, port } = new URL(url);
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () =>
        socket.write(
          `POST /v2/send/link-preview HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
            `Content-Length: ${big.length}\r\nExpect: 100-continue\r\n\r\n`,
        ),
      );
      let text = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
      socket.on("close", () => resolve(text)).on("error", reject);
      socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer, only: ${text}`)));
    });
    expect(answer).toMatch(/^HTTP\/1\.1 413 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain(JSON.stringify(tooLarge));
  });

  test("several MiB, every time: the mock reads on and drops the rest, so the 413 is not lost to a reset", async () => {
    const huge = "x".repeat(8 * 1024 * 1024);
    for (let i = 0; i < 10; i++) {
      const res = await post(huge, "application/json");
      expect(res.status).toBe(413);
      await res.body?.cancel();
    }
  });

  test("the mock still answers afterwards", async () => {
    await post(big, "application/json").then((res) => res.body?.cancel());
    expect((await post(JSON.stringify(valid), "application/json")).status).toBe(200);
  });
});
