// @vitest-environment happy-dom
import { expect, test } from "vitest";
import { LinkcardError } from "../src/index.js";
import { client } from "./helpers/fixtures.js";

test("in a browser, a client with an access token is refused, and the error says why and what to do", () => {
  expect(typeof window).toBe("object");
  let error: unknown;
  try {
    client();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(LinkcardError);
  expect((error as Error).message).toContain("ships to every visitor");
  expect((error as Error).message).toContain("@linkcard/core/server");
  expect((error as Error).message).toContain("dangerouslyAllowBrowser: true");
});

test("dangerouslyAllowBrowser: true allows it", () => {
  expect(client({ dangerouslyAllowBrowser: true }).sendLinkPreview).toBeTypeOf("function");
});
