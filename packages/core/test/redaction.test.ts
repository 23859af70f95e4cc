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

describe("what a hostile review found", () => {
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
  ])("a custom fetch that fails with %s: the token is nowhere in the error", async (_, fail) => {
    const error = await failing(fail);
    expect((error as Error).name).toBe("APIConnectionError");
    expect(everything(error)).not.toContain(TOKEN);
  });

  test("an AggregateError keeps its errors, redacted", async () => {
    const error = await failing((body) => Promise.reject(new AggregateError([new Error(`saw ${body}`)], "all failed")));
    const cause = (error as { cause: { errors: Error[] } }).cause;
    expect(cause.errors).toHaveLength(1);
    expect(cause.errors[0]!.message).toMatch(/^saw \{.*"access_token":"\*\*\*"\}$/);
  });

  test("the status text and header names of a response", async () => {
    const hex = "9f86d081884c7d659a2feaa0c55ad015";
    const server = await startServer((_req, res) => {
      res.writeHead(200, `OK ${hex}`, { "content-type": "application/json", [`x-echo-${hex}`]: "1", "x-kept": "yes" });
      res.end(JSON.stringify({ ...message, body: "fine" }));
    });
    const result = await client({ baseUrl: server.url, accessToken: hex }).sendLinkPreview.withResponse(params);
    await server.close();
    expect(result.response.statusText).toBe("OK ***");
    expect(result.response.headers.get("x-kept")).toBe("yes");
    expect(everything(result.response.headers)).not.toContain(hex);
    expect(everything(result)).not.toContain(hex);
  });

  test("a token that is a number, echoed as a JSON number", async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end('{"message":"bad token","token":987654321987}');
    });
    const error = await client({ baseUrl: server.url, accessToken: "987654321987", maxRetries: 0 }).sendLinkPreview(params).catch((e: unknown) => e);
    await server.close();
    expect((error as { body: unknown }).body).toEqual({ message: "bad token", token: "***" });
  });

  test("an echo in another case, or as HTML references without semicolons, or escape()'s %uXXXX", () => {
    const redact = redactor("tok_s3cr3t-VALUE");
    expect(redact("echo TOK_S3CR3T-VALUE end")).toBe("echo *** end");
    expect(redact("&#116&#111&#107&#95&#115&#51&#99&#114&#51&#116&#45&#86&#65&#76&#85&#69")).toBe("***");
    expect(redact("%u0074%u006f%u006b%u005f%u0073%u0033%u0063%u0072%u0033%u0074%u002d%u0056%u0041%u004c%u0055%u0045")).toBe("***");
    expect(redact("nothing to see, & nothing %20 to decode \\n")).toBe("nothing to see, & nothing %20 to decode \\n");
  });

  test("decoding has a budget: a text that would cost too much counts as holding the token (safe, and fast)", () => {
    const redact = redactor("tok_s3cr3t-VALUE");
    // every layer of escapes makes more texts to look through; this one would make ~120 copies of 1 MB
    const hostile = "\\\\%25&amp;+".repeat(100_000);
    expect(redact(hostile)).toBe("***");
    expect(redact("a small text with a few \\\\ %25 &amp; escapes")).toBe("a small text with a few \\\\ %25 &amp; escapes");
  });
});
