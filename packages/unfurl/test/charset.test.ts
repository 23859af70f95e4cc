// Charset: the byte order mark, then the Content-Type header, then <meta charset> or http-equiv, then
// UTF-8; decoded with TextDecoder (the WHATWG encodings a browser knows), served by a real server.
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { unfurl, unfurlHtml } from "../src/index.js";
import { serve, type TestServer } from "./helpers/server.js";

const latin1 = (text: string) => Buffer.from(text, "latin1");
// "日本語" in Shift_JIS
const NIHONGO = Buffer.from([0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea]);

let server: TestServer;
const pages: Record<string, [contentType: string, body: Buffer]> = {
  "/header-latin1": ["text/html; charset=ISO-8859-1", latin1("<title>Caf\u00e9</title>")],
  "/meta-latin1": ["text/html", latin1('<meta charset="windows-1252"><title>Caf\u00e9 \u0080</title>')],
  "/http-equiv": ["text/html", Buffer.concat([Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>'), NIHONGO, Buffer.from("</title>")])],
  "/late-meta": ["text/html", Buffer.concat([Buffer.from(`<title>`), NIHONGO, Buffer.from(`</title>${"<link rel=x>".repeat(200)}<meta charset="shift_jis">`)])],
  "/header-beats-meta": ["text/html; charset=utf-8", Buffer.from('<meta charset="windows-1252"><title>Caf\u00e9</title>')],
  "/bom-beats-header": ["text/html; charset=windows-1252", Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("<title>Caf\u00e9</title>")])],
  "/unknown-header": ["text/html; charset=klingon", latin1('<meta charset="latin1"><title>Caf\u00e9</title>')],
  "/unknown-everything": ["text/html; charset=klingon", Buffer.from('<meta charset="vulcan"><title>Caf\u00e9</title>')],
  "/meta-utf16": ["text/html", Buffer.from('<meta charset="utf-16"><title>Caf\u00e9</title>')],
  "/quoted": ['text/html; charset="windows-1252"', latin1("<title>Caf\u00e9</title>")],
};
beforeAll(async () => {
  server = await serve((request, response) => {
    const [type, body] = pages[request.url!]!;
    response.writeHead(200, { "content-type": type }).end(body);
  });
});
afterAll(() => server.close());
const title = async (path: string) => (await unfurl(`${server.origin}${path}`, { dangerouslyAllowPrivateNetwork: [server.pair] })).title;

describe("the encoding used", () => {
  test.each([
    ["/header-latin1", "Café", "the header's (ISO-8859-1, read as windows-1252)"],
    ["/quoted", "Café", "the header's, quoted"],
    ["/meta-latin1", "Café €", "<meta charset>'s (windows-1252, where 0x80 is €)"],
    ["/http-equiv", "日本語", "http-equiv's (Shift_JIS)"],
    ["/late-meta", "日本語", "a <meta charset> after the title: the bytes are decoded again"],
    ["/header-beats-meta", "Café", "the header's, over <meta>"],
    ["/bom-beats-header", "Café", "the byte order mark's, over the header"],
    ["/unknown-header", "Café", "<meta>'s, when the header names no known encoding"],
    ["/unknown-everything", "Café", "UTF-8, when nothing names a known encoding"],
    ["/meta-utf16", "Café", "UTF-8 for a <meta> that says UTF-16 (bytes that parse as ASCII cannot be UTF-16)"],
  ])("%s: %s, %s", async (path, expected) => {
    expect(await title(path)).toBe(expected);
  });
});

test("unfurlHtml given bytes honours <meta charset>; given a string, takes it as it is", () => {
  const bytes = Buffer.concat([Buffer.from('<meta charset="shift_jis"><title>'), NIHONGO, Buffer.from("</title>")]);
  expect(unfurlHtml(bytes, "https://example.jp/").title).toBe("日本語");
  expect(unfurlHtml("<meta charset=shift_jis><title>日本語</title>", "https://example.jp/").title).toBe("日本語");
});

test("the head's end is counted in the page's own bytes (2 a character in Shift_JIS)", async () => {
  const card = await unfurl(`${server.origin}/http-equiv`, { dangerouslyAllowPrivateNetwork: [server.pair] });
  expect(card.head.end).toBe(pages["/http-equiv"]![1].length);
});
