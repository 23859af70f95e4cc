// unfurlHtml on 53 real pages' heads agrees with the title, description and image a person reads in
// each (test/corpus/manifest.json, written by reading the pages).
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { unfurlHtml } from "../src/index.js";

interface Page {
  file: string;
  url: string;
  source: string;
  expected: { title: string | null; description: string | null; image: string | null };
}
const manifest: { pages: Page[] } = JSON.parse(readFileSync(new URL("corpus/manifest.json", import.meta.url), "utf8"));

test("the corpus has at least 30 real pages, each with its source", () => {
  expect(manifest.pages.length).toBeGreaterThanOrEqual(30);
  for (const page of manifest.pages) expect(page.source).toMatch(/^https:\/\/github\.com\/mozilla\/readability\/blob\/[0-9a-f]{40}\//);
});

describe.each(manifest.pages.map((page) => [page.file, page] as const))("%s", (_, page) => {
  const card = unfurlHtml(readFileSync(new URL(`corpus/${page.file}`, import.meta.url), "utf8"), page.url);
  test("title", () => expect(card.title ?? null).toBe(page.expected.title));
  test("description", () => expect(card.description ?? null).toBe(page.expected.description));
  test("image", () => expect(card.image?.url ?? null).toBe(page.expected.image));
});
