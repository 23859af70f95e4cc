// What each error means, and whether the card may have been sent: one answer per class and status.
import { describe, expect, test } from "vitest";
import * as linkcard from "../src/index.js";
import { APIConnectionError, APITimeoutError, APIUserAbortError, ProxyError, ValidationError, errorClassFor } from "../src/errors.js";

describe("mayHaveBeenSent", () => {
  test.each([
    [200, true],
    [201, true],
    [301, false],
    [307, false],
    [400, false],
    [401, false],
    [403, false],
    [404, false],
    [422, false],
    [429, false],
    [500, true],
    [502, true],
    [503, false],
    [504, true],
  ])("an answer with status %i: %s", (status, maybe) => {
    expect(new (errorClassFor(status))(status, undefined, new Headers(), undefined, "x").mayHaveBeenSent).toBe(maybe);
  });

  test("the others", () => {
    expect(new ValidationError("x", []).mayHaveBeenSent).toBe(false);
    expect(new APITimeoutError("x").mayHaveBeenSent).toBe(true);
    expect(new APIConnectionError("x", { mayHaveBeenSent: false }).mayHaveBeenSent).toBe(false);
    expect(new APIUserAbortError("x", { mayHaveBeenSent: true }).mayHaveBeenSent).toBe(true);
    const proxy = (code: string) => new ProxyError(502, { status: 502, message: "m", code } as never, new Headers()).mayHaveBeenSent;
    expect(["proxy_upstream_dropped", "proxy_upstream_timeout", "proxy_bad_upstream_response"].map(proxy)).toEqual([true, true, true]);
    expect(["proxy_upstream_unreachable", "proxy_upstream_redirect", "proxy_unauthorized", "proxy_invalid_params"].map(proxy)).toEqual([false, false, false, false]);
  });
});

test("every exported error class is named after itself, in stack traces and logs too", () => {
  const classes = Object.entries(linkcard).filter(([, value]) => typeof value === "function" && value.prototype instanceof Error);
  expect(classes.length).toBe(14);
  for (const [name, type] of classes) {
    const args =
      name === "ProxyError"
        ? [500, { code: "proxy_internal_error", message: "m" }, new Headers()]
        : name === "ValidationError"
          ? ["m", []]
          : name === "APIError" || type.prototype instanceof linkcard.APIError
            ? [500, undefined, new Headers(), undefined, "m"]
            : ["m", { mayHaveBeenSent: false }];
    const instance = new (type as new (...args: unknown[]) => Error)(...args);
    expect(instance).toBeInstanceOf(linkcard.LinkcardError);
    expect(instance.name).toBe(name);
    expect(String(instance.stack)).toMatch(new RegExp(`^${name}`));
  }
});
