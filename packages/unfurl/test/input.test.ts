// Bad arguments and options are refused before any fetch, with every violation named.
import { describe, expect, test } from "vitest";
import { checkCard, InvalidInputError, probeImage, unfurl } from "../src/index.js";

const issuesOf = async (promise: Promise<unknown>) => {
  const error = await promise.catch((e: unknown) => e);
  expect(error).toBeInstanceOf(InvalidInputError);
  return (error as InvalidInputError).issues;
};

describe("unfurl and probeImage", () => {
  test.each([
    [42, [{ path: "url", message: "must be a string, not number" }]],
    [null, [{ path: "url", message: "must be a string, not null" }]],
  ])("url %j", async (url, issues) => {
    expect(await issuesOf(unfurl(url as never))).toEqual(issues);
    expect(await issuesOf(probeImage(url as never))).toEqual(issues);
  });

  test("every bad option is named, each with what it must be", async () => {
    const issues = await issuesOf(
      unfurl("https://example.com/", {
        timout: 5,
        timeout: "5",
        signal: {},
        dangerouslyAllowPrivateNetwork: ["localhost:8080", "127.0.0.1", 7, "[::1]:99999"],
      } as never),
    );
    expect(issues).toEqual([
      { path: "options.timout", message: "is not an option; did you mean `timeout`?" },
      { path: "options.timeout", message: "must be a finite number of milliseconds above 0, not string" },
      { path: "options.signal", message: "must be an AbortSignal, not object" },
      { path: "options.dangerouslyAllowPrivateNetwork[0]", message: 'must be an IP address and a port, as "127.0.0.1:8080" or "[::1]:8080"' },
      { path: "options.dangerouslyAllowPrivateNetwork[1]", message: 'must be an IP address and a port, as "127.0.0.1:8080" or "[::1]:8080"' },
      { path: "options.dangerouslyAllowPrivateNetwork[2]", message: "must be a string, not number" },
      { path: "options.dangerouslyAllowPrivateNetwork[3]", message: 'must be an IP address and a port, as "127.0.0.1:8080" or "[::1]:8080"' },
    ]);
  });

  test.each([
    [null, "must be an object, not null"],
    [[], "must be an object, not array"],
    ["fast", "must be an object, not string"],
  ])("options %j", async (options, message) => {
    expect(await issuesOf(unfurl("https://example.com/", options as never))).toEqual([{ path: "options", message }]);
  });

  test.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])("timeout %d", async (timeout) => {
    expect(await issuesOf(unfurl("https://example.com/", { timeout }))).toEqual([{ path: "options.timeout", message: `must be a finite number of milliseconds above 0, not ${timeout}` }]);
  });

  test("dangerouslyAllowPrivateNetwork: 'yes' is not true", async () => {
    expect(await issuesOf(unfurl("https://example.com/", { dangerouslyAllowPrivateNetwork: "yes" as never }))).toEqual([
      { path: "options.dangerouslyAllowPrivateNetwork", message: 'must be true, false or a list of "address:port", not string' },
    ]);
  });

  test("an option named __proto__ (as JSON.parse makes it) is refused by name", async () => {
    expect(await issuesOf(unfurl("https://example.com/", JSON.parse('{"__proto__": {"dangerouslyAllowPrivateNetwork": true}}')))).toEqual([
      { path: "options.__proto__", message: expect.stringMatching(/^is not an option/) },
    ]);
  });
});

describe("checkCard", () => {
  test("every bad param is named, with the spec's types", async () => {
    const issues = await issuesOf(checkCard({ title: 7, linkPreviewHQ: true, linkPreviewHighQuality: "yes", reply_to: null, thumbnail: null } as never));
    expect(issues).toEqual([
      { path: "params.title", message: "must be string, not number" },
      { path: "params.linkPreviewHQ", message: "is not a send param; did you mean `linkPreviewHighQuality`?" },
      { path: "params.linkPreviewHighQuality", message: "must be boolean, not string" },
      { path: "params.thumbnail", message: "must be string, not null" },
      { path: "params.url", message: "is required" },
    ]);
  });

  test.each([
    [null, "must be an object, not null"],
    ["https://example.com", "must be an object, not string"],
  ])("params %j", async (params, message) => {
    expect(await issuesOf(checkCard(params as never))).toEqual([{ path: "params", message }]);
  });

  test("a __proto__ param and bad options are named together", async () => {
    const issues = await issuesOf(checkCard(JSON.parse('{"url": "https://example.com", "__proto__": {"x": 1}}'), { timeout: -5 }));
    expect(issues.map((issue) => issue.path)).toEqual(["params.__proto__", "options.timeout"]);
  });
});
