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
  test("missing ones are named, with the option and the env variable", () => {
    vi.stubEnv("WAWP_INSTANCE_ID", "");
    vi.stubEnv("WAWP_ACCESS_TOKEN", "");
    expect(() => createClient()).toThrow(
      "Invalid createClient options: instanceId must be a non-empty string: pass it, or set WAWP_INSTANCE_ID; " +
        "accessToken must be a non-empty string: pass it, or set WAWP_ACCESS_TOKEN",
    );
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
    expect(issuesOf(() => client())).toEqual([{ path: "baseUrl", message: "must be an http(s) URL" }]);
  });

  test("the default base URL is the spec's production server", async () => {
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

describe("bad options are refused, every one named", () => {
  test("client options", () => {
    expect(
      issuesOf(() =>
        client({
          timeout: 0,
          maxRetries: -1,
          delivery: "exactly-once" as never,
          logLevel: "verbose" as never,
          logger: {} as never,
          fetch: "fetch" as never,
          headers: "x" as never,
          baseUrl: "ftp://api.wawp.net",
        }),
      )
        .map((i) => i.path)
        .sort(),
    ).toEqual(["baseUrl", "delivery", "fetch", "headers", "logLevel", "logger", "maxRetries", "timeout"]);
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

describe("headers", () => {
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
