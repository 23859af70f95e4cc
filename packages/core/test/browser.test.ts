// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from "vitest";
import { ValidationError, createClient } from "../src/index.js";
import { client, message, params } from "./helpers/fixtures.js";

afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

const refusal = () => {
  try {
    client();
  } catch (error) {
    return error;
  }
};

test("in a browser, a client with an access token is refused, and the error says why and what to do", () => {
  expect(typeof window).toBe("object");
  const error = refusal();
  expect(error).toBeInstanceOf(ValidationError);
  expect((error as Error).message).toContain("ships to every visitor");
  expect((error as Error).message).toContain('createClient({ proxy: "/api/linkcard" }) and @linkcard/core/server');
  expect((error as Error).message).toContain("dangerouslyAllowBrowser: true");
});

test("dangerouslyAllowBrowser: true allows it", () => {
  expect(client({ dangerouslyAllowBrowser: true }).sendLinkPreview).toBeTypeOf("function");
});

test("a Web Worker (no document, but importScripts) is a browser too", () => {
  vi.stubGlobal("document", undefined);
  vi.stubGlobal("importScripts", () => {});
  expect(refusal()).toBeInstanceOf(ValidationError);
});

test("so is a React Native app", () => {
  vi.stubGlobal("document", undefined);
  vi.stubGlobal("navigator", { product: "ReactNative" });
  expect(refusal()).toBeInstanceOf(ValidationError);
});

test("proxy: a path resolves against the page; there is no browser guard, and credentials in the environment are neither used nor sent", async () => {
  vi.stubEnv("WAWP_INSTANCE_ID", "123456789");
  vi.stubEnv("WAWP_ACCESS_TOKEN", "tok_from_env_Zx81");
  const bodies: string[] = [];
  const page = createClient({
    proxy: "/api/linkcard",
    fetch: (async (req: Request) => (bodies.push(`${req.url} ${await req.text()}`), Response.json(message))) as typeof fetch,
  });
  await page.sendLinkPreview(params);
  expect(bodies).toHaveLength(1);
  expect(bodies[0]).toMatch(/^http:\/\/[^/]+\/api\/linkcard\/v2\/send\/link-preview /);
  expect(bodies[0]).not.toContain("tok_from_env_Zx81");
  expect(bodies[0]).not.toContain("instance_id");
});
