// The site's own pages, as built: each shows its example files as they are (the files that tests run),
// each is linked from the index, and every link on them goes somewhere.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { PAGES } from "../src/pages.mjs";

const built = (path: string) => readFileSync(new URL(`../dist/${path}`, import.meta.url), "utf8");
const unescape = (html: string) => html.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");

describe.each(Object.entries(PAGES))("/%s/", (page, examples) => {
  const source = readFileSync(new URL(`../src/pages/${page}.html`, import.meta.url), "utf8");
  const files = [...source.matchAll(/\{\{([\w/-]+\.[\w.]+)\}\}/g)].map((m) => m[1]!);

  test("shows each example file as it is, with its name", () => {
    const html = unescape(built(`${page}/index.html`));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(html, file).toContain(`<p class="file">${file}</p>`);
      expect(html, file).toContain(readFileSync(new URL(file, examples), "utf8"));
    }
    // nothing left unfilled but a template's own {{column}}
    expect([...html.matchAll(/\{\{([^}]*)\}\}/g)].map((m) => m[1]).filter((name) => name!.includes("."))).toEqual([]);
  });

  test("is linked from the index", () => {
    expect(built("index.html")).toContain(`href="/${page}/"`);
  });

  test("links only to the site itself and to https sources", () => {
    const links = [...built(`${page}/index.html`).matchAll(/href="([^"]+)"/g)].map((m) => m[1]!);
    for (const link of links) expect(link, link).toMatch(/^(\/|https:\/\/)/);
  });
});

test("the campaigns page cites the vendor's policy and the ban reports it paces against", () => {
  const html = built("campaigns/index.html");
  for (const source of [
    "https://api.wawp.net/en/docs/v2/session/rate-limit",
    "https://github.com/pedroslopez/whatsapp-web.js/issues/532",
    "https://github.com/wwebjs/whatsapp-web.js/issues/22071",
  ])
    expect(html).toContain(`href="${source}"`);
  for (const field of ["send_message_per_minute", "send_message_daily_cap", "account_protection_seconds", "concurrent_limit"]) expect(html).toContain(field);
});
