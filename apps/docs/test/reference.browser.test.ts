// The reference in Chromium: it renders the operation offline, every code sample, the Source: lines and
// WhatsApp's card rules, and the "use my instance" form swaps the samples' credentials without sending
// them anywhere.
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { launch, openPage, screenshot } from "./browser.js";

const require = createRequire(import.meta.url);
const siteUrl = inject("siteUrl");
const LABELS = ["cURL", "JavaScript (fetch)", "TypeScript (@linkcard/core)", "React (@linkcard/react)", "Python (requests)"];
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const operation = "/reference/#/messaging/sendlinkpreview";
/** The code sample panel's text after choosing the sample `label`. */
async function sampleText(page: Page, label: string): Promise<string> {
  // the language menu's button is named after the sample shown
  await page.getByRole("button", { name: new RegExp(`^(${LABELS.map((l) => l.replace(/[()@/]/g, "\\$&")).join("|")})$`) }).first().click();
  await page.getByRole("menuitem", { name: label, exact: true }).click();
  await page.getByRole("button", { name: label, exact: true }).first().waitFor();
  // the request sample is the first code block of the operation (the response sample follows)
  return page.locator("pre").first().innerText();
}

test("renders the operation offline, with every sample and its Source: lines", async () => {
  const { page, external } = await openPage(browser, siteUrl, operation);
  await page.getByRole("heading", { name: "Send a message with a custom rich link-preview card" }).waitFor({ timeout: 60_000 });
  await page.getByRole("button", { name: "cURL" }).first().click();
  for (const label of LABELS) await expect(page.getByRole("menuitem", { name: label, exact: true }).count(), label).resolves.toBe(1);
  await page.getByRole("menuitem", { name: "cURL", exact: true }).click();
  expect(await page.getByText("Source:", { exact: true }).count()).toBeGreaterThan(5);
  await expect(page.getByText("vendor-page").first().isVisible()).resolves.toBe(true);
  await screenshot(page, "reference");
  for (const label of LABELS) {
    const text = await sampleText(page, label);
    expect(text.length, label).toBeGreaterThan(50);
    if (!label.startsWith("React")) expect(text, label).toContain("YOUR_ACCESS_TOKEN");
  }
  expect(external).toEqual([]);
});

test("lists WhatsApp's card rules in the request's schema, each with its source", async () => {
  const rules: { id: string }[] = require("@linkcard/types/openapi.json").components.schemas.SendLinkPreviewRequest["x-card-rules"];
  const { page, external } = await openPage(browser, siteUrl, operation);
  await page.getByText("WhatsApp's card rules").first().waitFor({ timeout: 60_000 });
  for (const { id } of rules) await expect(page.getByText(id, { exact: true }).first().isVisible(), id).resolves.toBe(true);
  expect(await page.getByText("whatsapp-docs").count()).toBeGreaterThanOrEqual(rules.length);
  expect(external).toEqual([]);
});

test("'use my instance' swaps the placeholders in every sample; the values stay in sessionStorage", async () => {
  const { page, external, sent } = await openPage(browser, siteUrl, operation);
  await page.getByLabel("Instance ID").fill("inst_777");
  await page.getByLabel("Access token").fill("tok_mine_4242");
  await page.getByRole("button", { name: "Use in the samples" }).click();
  await page.waitForLoadState("load");
  await page.getByRole("heading", { name: "Send a message with a custom rich link-preview card" }).waitFor({ timeout: 60_000 });
  await expect(page.getByRole("status").innerText()).resolves.toBe("The samples below use your instance.");
  for (const label of LABELS.filter((l) => !l.startsWith("React"))) {
    const text = await sampleText(page, label);
    expect(text, label).toContain("tok_mine_4242");
    expect(text, label).toContain("inst_777");
    expect(text, label).not.toContain("YOUR_ACCESS_TOKEN");
  }
  expect(await page.evaluate(() => sessionStorage.getItem("linkcard.instance"))).toBe('{"instanceId":"inst_777","accessToken":"tok_mine_4242"}');
  // nowhere else: not localStorage, not a cookie (Redoc keeps its own UI state in one)
  expect(await page.evaluate(() => localStorage.length)).toBe(0);
  expect(await page.evaluate(() => document.cookie)).not.toMatch(/tok_mine_4242|inst_777/);
  await screenshot(page, "reference-my-instance");
  // nothing left the page, and nothing went to the proxy either
  expect(external).toEqual([]);
  expect(sent).toEqual([]);

  await page.getByRole("button", { name: "Forget" }).click();
  await page.waitForLoadState("load");
  await page.getByRole("heading", { name: "Send a message with a custom rich link-preview card" }).waitFor({ timeout: 60_000 });
  expect(await sampleText(page, "cURL")).toContain("YOUR_ACCESS_TOKEN");
});

test("a credential that could break out of a sample's quotes is refused, and nothing is stored", async () => {
  const { page } = await openPage(browser, siteUrl, operation);
  await page.getByLabel("Instance ID").fill("1");
  await page.getByLabel("Access token").fill("x'; rm -rf ~; '");
  await page.getByRole("button", { name: "Use in the samples" }).click();
  await expect(page.getByRole("status").innerText()).resolves.toMatch(/^Each must be 1 to 256 letters/);
  expect(await page.evaluate(() => sessionStorage.getItem("linkcard.instance"))).toBeNull();
});
