import { inspect } from "node:util";
import { afterEach, describe, expect, inject, test, vi } from "vitest";
import { ValidationError, createClient } from "../src/index.js";
import { client, countingFetch, message, params } from "./helpers/fixtures.js";

const baseUrl = inject("mockUrl");
afterEach(() => {
  vi.unstubAllEnvs();
});

const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues;
  }
  throw new Error("did not throw");
};

describe("credentials", () => {
  test("missing ones are named, with the option and the variable to set", () => {
    vi.stubEnv("WAWP_INSTANCE_ID", undefined);
    vi.stubEnv("WAWP_ACCESS_TOKEN", undefined);
    expect(() => createClient()).toThrow(
      "Invalid createClient options: instanceId is required: pass it, or set WAWP_INSTANCE_ID; " +
        "accessToken is required: pass it, or set WAWP_ACCESS_TOKEN",
    );
    expect(issuesOf(() => createClient({ instanceId: "", accessToken: 42 as never }))).toEqual([
      { path: "instanceId", message: "must not be empty" },
      { path: "accessToken", message: "must be a string" },
    ]);
  });

  test("an empty or blank variable is an error naming the variable, not a silent default", () => {
    vi.stubEnv("WAWP_INSTANCE_ID", "");
    vi.stubEnv("WAWP_ACCESS_TOKEN", "   ");
    vi.stubEnv("WAWP_BASE_URL", "");
    expect(issuesOf(() => createClient())).toEqual([
      { path: "WAWP_INSTANCE_ID", message: "must not be empty" },
      { path: "WAWP_ACCESS_TOKEN", message: "must not be blank" },
      { path: "WAWP_BASE_URL", message: "must be an http(s) URL" },
    ]);
    vi.stubEnv("WAWP_BASE_URL", undefined);
    expect(issuesOf(() => createClient({ instanceId: " ", accessToken: "\t" }))).toEqual([
      { path: "instanceId", message: "must not be blank" },
      { path: "accessToken", message: "must not be blank" },
    ]);
  });

  test("come from WAWP_INSTANCE_ID, WAWP_ACCESS_TOKEN and WAWP_BASE_URL", async () => {
    vi.stubEnv("WAWP_INSTANCE_ID", "123456789");
    vi.stubEnv("WAWP_ACCESS_TOKEN", "from-env");
    vi.stubEnv("WAWP_BASE_URL", baseUrl);
    const counter = countingFetch();
    const { data, response } = await createClient({ fetch: counter.fetch, logLevel: "off" }).sendLinkPreview.withResponse(params);
    expect(data).toEqual(message);
    expect(response.url).toBe(`${baseUrl}/v2/send/link-preview`);
  });

  test("options win over the environment", () => {
    vi.stubEnv("WAWP_BASE_URL", "not a url");
    expect(() => client({ baseUrl })).not.toThrow();
    expect(issuesOf(() => client())).toEqual([{ path: "WAWP_BASE_URL", message: "must be an http(s) URL" }]);
    vi.stubEnv("WAWP_BASE_URL", "https://user:hunter2@api.wawp.net");
    expect(issuesOf(() => client())).toEqual([{ path: "WAWP_BASE_URL", message: "must not carry credentials (user:password@)" }]);
  });

  test("the default base URL is the spec's production server", async () => {
    vi.stubEnv("WAWP_BASE_URL", undefined);
    const seen: string[] = [];
    const c = client({ fetch: (async (req: Request) => (seen.push(req.url), Response.json(message))) as typeof fetch });
    await c.sendLinkPreview(params);
    expect(seen).toEqual(["https://api.wawp.net/v2/send/link-preview"]);
  });

  test("are injected into the body", async () => {
    const bodies: unknown[] = [];
    const c = client({ fetch: (async (req: Request) => (bodies.push(await req.json()), Response.json(message))) as typeof fetch });
    await c.sendLinkPreview(params);
    expect(bodies).toEqual([{ ...params, instance_id: "123456789", access_token: "tok_s3cr3t-VALUE" }]);
  });
});

describe("a client of your proxy, asked for by name", () => {
  test("never reads or sends credentials, even with WAWP_* set", async () => {
    vi.stubEnv("WAWP_INSTANCE_ID", "123456789");
    vi.stubEnv("WAWP_ACCESS_TOKEN", "from-env-secret");
    vi.stubEnv("WAWP_BASE_URL", "https://api.wawp.net");
    const seen: Array<[string, unknown]> = [];
    const c = createClient({
      proxy: "https://my-app.example/api/linkcard",
      logLevel: "off",
      fetch: (async (req: Request) => (seen.push([req.url, await req.json()]), Response.json(message))) as typeof fetch,
    });
    await c.sendLinkPreview(params);
    expect(seen).toEqual([["https://my-app.example/api/linkcard/v2/send/link-preview", params]]);
  });

  test("a baseUrl without credentials is a client of the API, never of a proxy: it needs credentials", () => {
    vi.stubEnv("WAWP_INSTANCE_ID", undefined);
    vi.stubEnv("WAWP_ACCESS_TOKEN", undefined);
    expect(issuesOf(() => createClient({ baseUrl: "https://my-app.example/api/linkcard" })).map((i) => i.path)).toEqual(["instanceId", "accessToken"]);
    expect(issuesOf(() => createClient({ baseUrl: "/api/linkcard", instanceId: "1", accessToken: "t" }))).toEqual([
      { path: "baseUrl", message: "must be an http(s) URL" },
    ]);
  });

  test("proxy with credentials or a baseUrl is refused: the two modes do not mix", () => {
    expect(issuesOf(() => createClient({ proxy: "/api/linkcard", accessToken: "t", instanceId: "1", baseUrl: "https://api.wawp.net" }))).toEqual([
      { path: "instanceId", message: "must not be given with proxy: a client of your proxy holds no credentials" },
      { path: "accessToken", message: "must not be given with proxy: a client of your proxy holds no credentials" },
      { path: "baseUrl", message: "must not be given with proxy: a client of your proxy holds no credentials" },
    ]);
    for (const proxy of ["ftp://x", "//evil.example/x", "https://u:p@my-app.example", "/api?x=1", 5])
      expect(issuesOf(() => createClient({ proxy: proxy as never })).map((i) => i.path), String(proxy)).toEqual(["proxy"]);
  });
});

describe("bad options are refused, every one named", () => {
  test("client options", () => {
    expect(
      issuesOf(() =>
        client({
          timeout: 0,
          maxRetries: -1,
          delivery: "exactly-once" as never,
          logLevel: "verbose" as never,
          logger: { warn: "loud" } as never,
          fetch: "fetch" as never,
          headers: "x" as never,
          baseUrl: "ftp://api.wawp.net",
        }),
      )
        .map((i) => i.path)
        .sort(),
    ).toEqual(["baseUrl", "delivery", "fetch", "headers", "logLevel", "logger", "maxRetries", "timeout"]);
  });

  test("by type, not truthiness", () => {
    const paths = (options: object) => issuesOf(() => client(options)).map((i) => i.path);
    expect(paths({ timeout: "5" })).toEqual(["timeout"]);
    expect(paths({ timeout: true })).toEqual(["timeout"]);
    expect(paths({ maxRetries: "2" })).toEqual(["maxRetries"]);
    expect(paths({ maxRetries: true })).toEqual(["maxRetries"]);
    expect(paths({ dangerouslyAllowBrowser: "yes" })).toEqual(["dangerouslyAllowBrowser"]);
    expect(paths({ logger: "console" })).toEqual(["logger"]);
    expect(paths({ baseUrl: new URL("https://api.wawp.net") })).toEqual(["baseUrl"]);
  });

  test("null or a non-object is a ValidationError, never a TypeError", async () => {
    for (const options of [null, "fast", 5, []])
      expect(issuesOf(() => createClient(options as never))).toEqual([{ path: "", message: "must be an object" }]);
    for (const options of [null, "fast", []]) {
      const error = await client().sendLinkPreview(params, options as never).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).message).toBe("Invalid request options: request options must be an object");
    }
  });

  test("an unknown option is refused with the closest known name", async () => {
    expect(issuesOf(() => client({ maxRetry: 3, timout: 5, logleve: "debug" } as never))).toEqual([
      { path: "maxRetry", message: "is not an option; did you mean `maxRetries`?" },
      { path: "timout", message: "is not an option; did you mean `timeout`?" },
      { path: "logleve", message: "is not an option; did you mean `logLevel`?" },
    ]);
    const error = await client().sendLinkPreview(params, { singal: AbortSignal.timeout(1) } as never).catch((e: unknown) => e);
    expect((error as ValidationError).issues).toEqual([{ path: "singal", message: "is not an option; did you mean `signal`?" }]);
  });


  test("request options, before anything is sent", async () => {
    const counter = countingFetch();
    const error = await client({ baseUrl, fetch: counter.fetch })
      .sendLinkPreview(params, { timeout: Number.NaN, maxRetries: 1.5, signal: "stop" as never })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe(
      "Invalid request options: timeout must be a number of ms from 1 to 2147483647, or Infinity; " +
        "maxRetries must be an integer from 0 to 10; signal must be an AbortSignal",
    );
    expect(counter.calls).toBe(0);
  });

  test("Infinity is a valid timeout (none)", async () => {
    expect(await client({ baseUrl, timeout: Infinity }).sendLinkPreview(params)).toEqual(message);
  });
});

describe("baseUrl", () => {
  const sentTo = async (baseUrl: string) => {
    const seen: string[] = [];
    await client({ baseUrl, fetch: (async (req: Request) => (seen.push(req.url), Response.json(message))) as typeof fetch }).sendLinkPreview(params);
    return seen[0];
  };

  test("a path prefix is kept, with or without a trailing slash", async () => {
    expect(await sentTo("https://gw.example.org/wawp")).toBe("https://gw.example.org/wawp/v2/send/link-preview");
    expect(await sentTo("https://gw.example.org/wawp/")).toBe("https://gw.example.org/wawp/v2/send/link-preview");
    expect(await sentTo("https://api.wawp.net/")).toBe("https://api.wawp.net/v2/send/link-preview");
  });

  test("credentials, a query, a fragment, spaces or another scheme are refused, and the password is never quoted", () => {
    const cases: Array<[string, string]> = [
      ["https://user:hunter2@api.wawp.net", "must not carry credentials (user:password@)"],
      ["https://hunter2@api.wawp.net", "must not carry credentials (user:password@)"],
      ["https://api.wawp.net?token=hunter2", "must have no query, fragment or spaces"],
      ["https://api.wawp.net/#hunter2", "must have no query, fragment or spaces"],
      ["https://api.wawp.net/a b", "must have no query, fragment or spaces"],
      ["ftp://api.wawp.net", "must be an http(s) URL"],
      ["//api.wawp.net/x", "must be an http(s) URL"],
      ["api.wawp.net", "must be an http(s) URL"],
      ["/api/linkcard", "must be an http(s) URL"],
    ];
    for (const [baseUrl, message] of cases) {
      let error: unknown;
      try {
        client({ baseUrl });
      } catch (e) {
        error = e;
      }
      expect((error as ValidationError).issues).toEqual([{ path: "baseUrl", message }]);
      expect(inspect(error, { showHidden: true, depth: Infinity })).not.toContain("hunter2");
    }
  });
});

describe("headers", () => {
  const sentHeaders = async (clientHeaders?: HeadersInit, callHeaders?: HeadersInit) => {
    const seen: Headers[] = [];
    const c = client({ headers: clientHeaders, fetch: (async (req: Request) => (seen.push(req.headers), Response.json(message))) as typeof fetch });
    await c.sendLinkPreview(params, callHeaders ? { headers: callHeaders } : undefined);
    return seen[0] as Headers;
  };

  test("every HeadersInit form: an object, an array of pairs, a Headers", async () => {
    for (const form of [{ "x-app": "a" }, [["x-app", "a"]], new Headers({ "x-app": "a" })] as HeadersInit[]) {
      expect((await sentHeaders(form)).get("x-app")).toBe("a");
      expect((await sentHeaders(undefined, form)).get("x-app")).toBe("a");
    }
    // an array is not an object of headers named 0, 1 ...
    expect((await sentHeaders([["x-app", "a"]])).has("0")).toBe(false);
  });

  test("a Map and a generator work too (a generator is read once, by the check, and what it gave is sent)", async () => {
    function* pairs() {
      yield ["x-app", "from-a-generator"] as [string, string];
    }
    expect((await sentHeaders(new Map([["x-app", "from-a-map"]]) as never)).get("x-app")).toBe("from-a-map");
    expect((await sentHeaders(pairs() as never)).get("x-app")).toBe("from-a-generator");
    expect((await sentHeaders(undefined, pairs() as never)).get("x-app")).toBe("from-a-generator");
    expect(issuesOf(() => client({ headers: new Map([["x-a", "1\r\n"]]) as never }))).toEqual([{ path: "headers", message: "must not contain CR, LF or NUL" }]);
  });

  test("CR, LF or NUL in a value, a bad name, content-type, or a shape that is not headers are refused", async () => {
    const bad: Array<[unknown, string]> = [
      [{ "x-a": "1\r\nx-injected: 1" }, "must not contain CR, LF or NUL"],
      [{ "x-a": "1\r\n" }, "must not contain CR, LF or NUL"],
      [[["x-a", "1\n"]], "must not contain CR, LF or NUL"],
      [{ "bad name": "1" }, "must be an object, an array of [name, value] pairs or a Headers, with valid names and values"],
      [[["x-a"]], "must be an object, an array of [name, value] pairs or a Headers, with valid names and values"],
      [{ "Content-Type": "text/plain" }, "must not set content-type: the body is always JSON"],
      ["x-a: 1", "must be an object, an array of [name, value] pairs or a Headers, with valid names and values"],
    ];
    for (const [headers, message] of bad) {
      expect(issuesOf(() => client({ headers: headers as HeadersInit }))).toEqual([{ path: "headers", message }]);
      const error = await client().sendLinkPreview(params, { headers: headers as HeadersInit }).catch((e: unknown) => e);
      expect((error as ValidationError).issues).toEqual([{ path: "headers", message }]);
    }
  });

  test("client headers and call headers are both sent, the call's winning", async () => {
    const seen: Headers[] = [];
    const c = client({
      headers: { "x-app": "a", "x-both": "client" },
      fetch: (async (req: Request) => (seen.push(req.headers), Response.json(message))) as typeof fetch,
    });
    await c.sendLinkPreview(params, { headers: { "x-both": "call" } });
    expect(seen[0]?.get("x-app")).toBe("a");
    expect(seen[0]?.get("x-both")).toBe("call");
    expect(seen[0]?.get("content-type")).toBe("application/json");
  });
});
