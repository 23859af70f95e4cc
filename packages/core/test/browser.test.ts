// @vitest-environment happy-dom
import { afterEach, expect, test, vi } from "vitest";
import { LinkcardError } from "../src/index.js";
import { client } from "./helpers/fixtures.js";

afterEach(() => {
  vi.unstubAllGlobals();
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
  expect(error).toBeInstanceOf(LinkcardError);
  expect((error as Error).message).toContain("ships to every visitor");
  expect((error as Error).message).toContain("@linkcard/core/server's createProxyHandler");
  expect((error as Error).message).toContain("dangerouslyAllowBrowser: true");
});

test("dangerouslyAllowBrowser: true allows it", () => {
  expect(client({ dangerouslyAllowBrowser: true }).sendLinkPreview).toBeTypeOf("function");
});

test("a Web Worker (no document, but importScripts) is a browser too", () => {
  vi.stubGlobal("document", undefined);
  vi.stubGlobal("importScripts", () => {});
  expect(refusal()).toBeInstanceOf(LinkcardError);
});

test("so is a React Native app", () => {
  vi.stubGlobal("document", undefined);
  vi.stubGlobal("navigator", { product: "ReactNative" });
  expect(refusal()).toBeInstanceOf(LinkcardError);
});
