// The access token never shows in an error's message, JSON or inspect output, a log line, or the client.
import { inspect } from "node:util";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freePort } from "@linkcard/mock";
import type { Logger } from "../src/index.js";
import { TOKEN, client, message, params } from "./helpers/fixtures.js";
import { redactor } from "../src/redact.js";
import { hang, startServer } from "./helpers/server.js";

// an API that echoes the request in its errors, token included (WAHA's exception filter does)
let echo: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  echo = await startServer((req, res) => {
    const status = Number(req.headers["x-status"]);
    const body = echo.seen.at(-1)!.body;
    res.writeHead(status, { "content-type": status === 418 ? "text/plain" : "application/json" });
    res.end(status === 418 ? `teapot saw ${body}` : JSON.stringify({ message: `rejected ${TOKEN}`, request: { body: JSON.parse(body) } }));
  });
});
afterAll(() => echo.close());

const leaks = (value: unknown) =>
  [
    String((value as Error).message),
    JSON.stringify(value),
    inspect(value, { depth: Infinity, showHidden: true, getters: true }),
  ].filter((text) => text.includes(TOKEN));

const thrown = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    return error;
  }
  throw new Error("did not throw");
};

const failWith = (status: number) =>
  client({ baseUrl: echo.url, maxRetries: 0 })
    .sendLinkPreview(params, { headers: { "x-status": String(status) } })
    .catch((e: unknown) => e);

describe("errors carry no token", () => {
  test.each([400, 401, 403, 404, 409, 422, 429, 500, 502, 503])("APIError for %i, even when the API echoes it", async (status) => {
    const error = await failWith(status);
    expect(error).toHaveProperty("status", status);
    expect((error as { body: unknown }).body).toMatchObject({ message: "rejected ***" });
    expect(leaks(error)).toEqual([]);
  });

  test("APIError for a 2xx that echoes the token instead of a message", async () => {
    const error = await failWith(200);
    expect(error).toHaveProperty("status", 200);
    expect(leaks(error)).toEqual([]);
  });

  test("APIError for a non-JSON body that echoes it", async () => {
    const error = await failWith(418);
    expect(String((error as Error).message)).toContain("teapot saw");
    expect(leaks(error)).toEqual([]);
  });

  test("APIConnectionError", async () => {
    const error = await client({ baseUrl: `http://127.0.0.1:${await freePort("127.0.0.1")}`, maxRetries: 0 })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);
    expect((error as Error).name).toBe("APIConnectionError");
    expect(leaks(error)).toEqual([]);
  });

  test("APITimeoutError and APIUserAbortError", async () => {
    const slow = await startServer(hang);
    const timeout = await client({ baseUrl: slow.url, timeout: 100 }).sendLinkPreview(params).catch((e: unknown) => e);
    const abort = await client({ baseUrl: slow.url })
      .sendLinkPreview(params, { signal: AbortSignal.timeout(100) })
      .catch((e: unknown) => e);
    await slow.close();
    expect((timeout as Error).name).toBe("APITimeoutError");
    expect((abort as Error).name).toBe("APIUserAbortError");
    expect(leaks(timeout)).toEqual([]);
    expect(leaks(abort)).toEqual([]);
  });

  test("ValidationError (params) and ValidationError (options) echo no values", async () => {
    const invalid = await client().sendLinkPreview({ chatId: TOKEN, url: TOKEN }).catch((e: unknown) => e);
    expect((invalid as Error).name).toBe("ValidationError");
    expect(leaks(invalid)).toEqual([]);
    const options = thrown(() => client({ timeout: TOKEN as never, baseUrl: TOKEN }));
    expect((options as Error).name).toBe("ValidationError");
    expect(leaks(options)).toEqual([]);
  });
});

test("a token with characters JSON escapes is redacted in JSON and in plain text bodies", async () => {
  const token = 'tok"with\\quote';
  const server = await startServer(
    (_req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: `bad token ${token}` }));
    },
    (_req, res) => {
      res.writeHead(502, { "content-type": "text/plain" });
      res.end(`upstream saw ${token}`);
    },
  );
  const c = client({ baseUrl: server.url, accessToken: token, maxRetries: 0 });
  const json = await c.sendLinkPreview(params).catch((e: unknown) => e);
  const text = await c.sendLinkPreview(params).catch((e: unknown) => e);
  await server.close();
  for (const error of [json, text]) {
    const shown = [String((error as Error).message), JSON.stringify(error), inspect(error, { depth: Infinity })];
    expect(shown.filter((s) => s.includes(token) || s.includes(JSON.stringify(token).slice(1, -1)))).toEqual([]);
  }
  expect((json as Error).message).toBe("400 bad token ***");
  expect((text as Error).message).toBe("502 upstream saw ***");
});

test("the client itself shows no token in JSON or inspect output", () => {
  const c = client();
  expect(leaks(c)).toEqual([]);
  expect(inspect(c.sendLinkPreview, { showHidden: true, depth: Infinity })).not.toContain(TOKEN);
});

test("no log line at debug level carries the token or the body", async () => {
  const lines: string[] = [];
  const logger: Logger = {
    error: (...a) => lines.push(inspect(a, { depth: Infinity })),
    warn: (...a) => lines.push(inspect(a, { depth: Infinity })),
    info: (...a) => lines.push(inspect(a, { depth: Infinity })),
    debug: (...a) => lines.push(inspect(a, { depth: Infinity })),
  };
  const c = client({ baseUrl: echo.url, logger, logLevel: "debug", maxRetries: 1 });
  await c.sendLinkPreview(params, { headers: { "x-status": "503" } }).catch(() => {});
  expect(lines.some((l) => l.includes("retrying"))).toBe(true);
  expect(lines.length).toBeGreaterThanOrEqual(3);
  expect(lines.filter((l) => l.includes(TOKEN) || l.includes(params.chatId))).toEqual([]);
});

describe("a custom fetch's failure", () => {
  const everything = (x: unknown) => inspect(x, { showHidden: true, depth: Infinity, getters: true }) + JSON.stringify(x);
  const failing = (fail: (body: string) => unknown) =>
    client({ fetch: (async (request: Request) => fail(await request.text())) as typeof fetch, maxRetries: 0 })
      .sendLinkPreview(params)
      .catch((e: unknown) => e);

  test.each([
    ["an Error holding the body as a property", (body: string) => Promise.reject(Object.assign(new Error("Request failed"), { config: { data: body } }))],
    ["a plain object", (body: string) => Promise.reject({ message: "failed", request: body })],
    ["an Error whose cause is a plain object", (body: string) => Promise.reject(new TypeError("fetch failed", { cause: { code: "ECONNRESET", body } }))],
    ["an AggregateError", (body: string) => Promise.reject(new AggregateError([new Error(`upstream said: ${body}`)], "all attempts failed"))],
  ])("that is %s shows no token anywhere in the error", async (_, fail) => {
    const error = await failing(fail);
    expect((error as Error).name).toBe("APIConnectionError");
    expect(everything(error)).not.toContain(TOKEN);
  });

  test("keeps an AggregateError's errors, redacted", async () => {
    const error = await failing((body) => Promise.reject(new AggregateError([new Error(`saw ${body}`)], "all failed")));
    const cause = (error as { cause: { errors: Error[] } }).cause;
    expect(cause.errors).toHaveLength(1);
    expect(cause.errors[0]!.message).toMatch(/^saw \{.*"access_token":"\*\*\*"\}$/);
  });

  test("is kept as it is when it holds no token", async () => {
    const original = new TypeError("fetch failed", { cause: Object.assign(new Error("connect ECONNREFUSED"), { code: "ECONNREFUSED" }) });
    const error = await failing(() => Promise.reject(original));
    expect((error as Error).cause).toBe(original);
  });
});

test("the status text and header names of a response are redacted too", async () => {
  const hex = "9f86d081884c7d659a2feaa0c55ad015";
  const server = await startServer((_req, res) => {
    res.writeHead(200, `OK ${hex}`, { "content-type": "application/json", [`x-echo-${hex}`]: "1", "x-kept": "yes" });
    res.end(JSON.stringify({ ...message, body: "fine" }));
  });
  const result = await client({ baseUrl: server.url, accessToken: hex }).sendLinkPreview.withResponse(params);
  await server.close();
  const everything = (x: unknown) => inspect(x, { showHidden: true, depth: Infinity, getters: true }) + JSON.stringify(x);
  expect(result.response.statusText).toBe("OK ***");
  expect(result.response.headers.get("x-kept")).toBe("yes");
  expect(everything(result)).not.toContain(hex);
});

describe("the forms caught, and only those", () => {
  const token = "tok_s3cr3t-VALUE/é";
  const redact = redactor(token);
  const bytes = Buffer.from(token);

  test.each([
    ["raw", token],
    ["JSON-escaped", JSON.stringify(token).slice(1, -1)],
    ["PHP json_encode (\\/ and \\u00e9)", "tok_s3cr3t-VALUE\\/\\u00e9"],
    ["\\uXXXX in upper case, every character", [...token].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}`).join("")],
    ["JavaScript \\x and \\u{} escapes", "\\x74\\u{6f}k_s3cr3t-VALUE/\\xe9"],
    ["percent-encoded", encodeURIComponent(token)],
    ["percent-encoded in lower case", encodeURIComponent(token).replace(/%[0-9A-F]{2}/g, (e) => e.toLowerCase())],
    ["form-encoded", new URLSearchParams({ t: token }).toString().slice(2)],
    ["HTML numeric references, zero-padded, without semicolons", [...token].map((c) => `&#000${c.codePointAt(0)}`).join("")],
    ["HTML hex references", [...token].map((c) => `&#x${c.codePointAt(0)!.toString(16)};`).join("")],
    ["UTF-8 read as Latin-1 (a raw header)", bytes.toString("latin1")],
    ["hex", bytes.toString("hex")],
    ["HEX", bytes.toString("hex").toUpperCase()],
    ["base64", bytes.toString("base64")],
    ["base64url", bytes.toString("base64url")],
  ])("%s", (_, form) => {
    expect(redact(`before ${form} after`)).toBe("before *** after");
  });

  test.each([0, 1, 2, 3, 4, 5])("base64 inside a longer blob, %i bytes in", (shift) => {
    const blob = Buffer.concat([Buffer.alloc(shift, 0xab), bytes, Buffer.from("tail")]).toString("base64");
    expect(redact(blob)).toContain("***");
    expect(redact(blob)).not.toBe(blob);
  });

  test.each([
    ["octal escapes", [...token].map((c) => `\\${c.charCodeAt(0).toString(8)}`).join("")],
    ["quoted-printable", [...bytes].map((b) => `=${b.toString(16).toUpperCase().padStart(2, "0")}`).join("")],
    ["percent-encoded twice", encodeURIComponent(encodeURIComponent(token))],
    ["another case", token.toUpperCase()],
  ])("not %s (the README says so)", (_, form) => {
    expect(redact(form)).toBe(form);
  });

  test("a token counts where it stands alone: the vendor's example token is not cut out of a phone number", () => {
    expect(redactor("123456789")("201234567890 123456789 x123456789 123456789@c.us")).toBe("201234567890 *** x123456789 ***@c.us");
  });
});

describe("a delivered card is never changed by a token it does not hold", () => {
  const sendWith = async (accessToken: string) => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "x-request-id": "3EB0C767D26A8B4C1F27" });
      res.end(JSON.stringify({ ...message, timestamp: 1764320000 }));
    });
    const outcome = await client({ baseUrl: server.url, accessToken, maxRetries: 0 }).sendLinkPreview.withResponse(params).catch((e: unknown) => e);
    await server.close();
    return outcome as { data: typeof message; requestId: string };
  };

  test("a token that starts with its issue time leaves the timestamp as it is", async () => {
    const { data } = await sendWith("1764320000-a81f9c2b7d4e");
    expect(data.timestamp).toBe(1764320000);
  });

  test("a token that starts like the message id leaves the id and the request id as they are", async () => {
    const { data, requestId } = await sendWith("3eb0c767d26a-9f81b2");
    expect(data.id).toEqual(message.id);
    expect(requestId).toBe("3EB0C767D26A8B4C1F27");
  });

  test("numbers are data: one equal to an all-digit token is not changed (the token is sent as a string)", async () => {
    const { data } = await sendWith("1764320000");
    expect(data.timestamp).toBe(1764320000);
  });
});
