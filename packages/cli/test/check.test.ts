// `linkcard check` against real pages and images on a loopback server, as a CI job would run it.
import { RULES } from "@linkcard/unfurl";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { png } from "../../unfurl/test/helpers/images.js";
import { type TestServer, serve } from "../../unfurl/test/helpers/server.js";
import { linkcard } from "./helpers/cli.js";

const page = (image: string) =>
  `<!doctype html><html><head><title>Launch</title><meta property="og:title" content="Our launch"><meta property="og:description" content="It is live"><meta property="og:url" content="https://example.com/"><meta property="og:image" content="${image}"></head><body>hi</body></html>`;

let site: TestServer;
beforeAll(async () => {
  site = await serve((request, response) => {
    const images: Record<string, Buffer> = { "/wide.png": png(1200, 630), "/narrow.png": png(200, 105) };
    if (request.url! in images) return response.writeHead(200, { "content-type": "image/png" }).end(images[request.url!]);
    if (request.url === "/wide") return response.writeHead(200, { "content-type": "text/html" }).end(page(`${site.origin}/wide.png`));
    if (request.url === "/narrow") return response.writeHead(200, { "content-type": "text/html" }).end(page(`${site.origin}/narrow.png`));
    response.writeHead(404).end("gone");
  });
});
afterAll(() => site?.close());

const allow = "--dangerously-allow-private-network";

describe("a page whose card meets every rule", () => {
  test("prints the card, the measured image and every rule of the spec with its source, and exits 0", async () => {
    const { code, stdout, stderr } = await linkcard(["check", `${site.origin}/wide`, "--large", allow]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Card: large \(/);
    expect(stdout).toContain("Our launch");
    expect(stdout).toContain("1200×630 image/png");
    for (const rule of RULES) expect(stdout).toMatch(new RegExp(`(pass|FAIL|----)\\s+${rule.id}\\s`));
    for (const rule of RULES.filter((r) => r.source.url)) expect(stdout).toContain(rule.source.url);
    expect(stdout).toContain("Problems: none");
  });

  test("--json prints checkCard's result: every rule's status, and the image measured", async () => {
    const { code, stdout } = await linkcard(["check", `${site.origin}/wide`, "--large", "--json", allow]);
    expect(code).toBe(0);
    const check = JSON.parse(stdout);
    expect(check.card).toBe("large");
    expect(check.rules.map((r: { rule: string }) => r.rule)).toEqual(RULES.map((r) => r.id));
    expect(check.image).toMatchObject({ width: 1200, height: 630, type: "image/png" });
  });
});

test("an image too narrow for the large card: the rule fails with what was measured, and the exit code is 1", async () => {
  const { code, stdout } = await linkcard(["check", `${site.origin}/narrow`, "--large", allow]);
  expect(code).toBe(1);
  expect(stdout).toMatch(/^Card: small/);
  expect(stdout).toMatch(/FAIL\s+image-300px-wide\s+measured 200/);
  expect(stdout).toMatch(/error\s+large card asked for, but .* is 200 px wide/);
});

test("--thumbnail and --title replace the page's: the card shows them", async () => {
  const { code, stdout } = await linkcard(["check", `${site.origin}/narrow`, "--thumbnail", `${site.origin}/wide.png`, "--title", "Mine", "--json", allow]);
  expect(code).toBe(0);
  expect(JSON.parse(stdout)).toMatchObject({ title: "Mine", image: { source: "thumbnail", width: 1200 } });
});

describe("a page that cannot be read exits 4 and says why", () => {
  test("loopback without the dangerous flag: refused before any connection", async () => {
    const before = site.connections;
    const { code, stderr, stdout } = await linkcard(["check", `${site.origin}/wide`]);
    expect(code).toBe(4);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/RefusedAddressError: refused 127\.0\.0\.1 port \d+: not a public address \(ipaddr\.js range "loopback"\)/);
    expect(site.connections).toBe(before);
  });

  test("an HTTP 404", async () => {
    const { code, stderr } = await linkcard(["check", `${site.origin}/missing`, allow]);
    expect(code).toBe(4);
    expect(stderr).toContain("HttpStatusError");
  });
});

describe("bad flags exit 2 with the reason, before any fetch", () => {
  test.each([
    [["check"], "takes one page URL"],
    [["check", "a", "b"], "not 2 arguments"],
    [["check", "ftp://example.com/"], "the url must be an absolute http:// or https:// URL"],
    [["check", "https://example.com/", "--timeout", "soon"], "--timeout must be a number from 1 to 600000"],
    [["check", "https://example.com/", "--large=yes"], "--large takes no value"],
    [["check", "https://example.com/", "--thumbnail"], "--thumbnail needs a value"],
    [["check", "https://example.com/", "--titel", "x"], "--titel is not a flag of linkcard check (flags: --title"],
    [["chek", "https://example.com/"], "no such command (commands: check, send, status)"],
  ])("linkcard %j", async (args, message) => {
    const before = site.requests.length;
    const { code, stderr } = await linkcard(args);
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(site.requests.length).toBe(before);
  });
});

test("--help lists every flag and the exit codes; --version prints the package's version", async () => {
  const help = await linkcard(["check", "--help"]);
  expect(help.code).toBe(0);
  for (const flag of ["--title", "--description", "--thumbnail", "--large", "--json", "--timeout", allow]) expect(help.stdout).toContain(flag);
  expect(help.stdout).toMatch(/Exit codes:\n\s+0 /);
  const version = await linkcard(["--version"]);
  expect(version.stdout.trim()).toBe((await import("../package.json", { with: { type: "json" } })).default.version);
});
