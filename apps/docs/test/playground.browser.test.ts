// The playground in Chromium: the card previews as you type (small and large), a send goes through the
// proxy to the mock and shows the Message, an invalid URL sends nothing, an API error shows typed, and
// axe finds nothing serious; usable by keyboard alone.
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject, test } from "vitest";
import { launch, openPage, screenshot } from "./browser.js";

const require = createRequire(import.meta.url);
const siteUrl = inject("siteUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(() => browser?.close());

const open = async () => {
  const opened = await openPage(browser, siteUrl, "/playground/");
  await opened.page.getByRole("heading", { name: "Playground" }).waitFor({ timeout: 60_000 });
  return opened;
};
const card = (page: Page) => page.getByTestId("card");
const shape = (page: Page) => page.locator("[data-card]").getAttribute("data-card");

test("the card previews as you type: title, description, domain, text; small and large", async () => {
  const { page, sent } = await open();
  const preview = page.getByRole("figure", { name: "Preview: the message as the recipient will see it" });
  await page.getByLabel("Title", { exact: true }).fill("Spring sale");
  await page.getByLabel("Description", { exact: true }).fill("Everything 20% off until Sunday");
  await page.getByLabel("Link (url)").fill("https://shop.example.org/sale");
  await page.getByLabel("Text", { exact: true }).fill("Don't miss it");
  await expect(card(page).innerText()).resolves.toContain("Spring sale");
  await expect(card(page).innerText()).resolves.toContain("Everything 20% off until Sunday");
  await expect(card(page).innerText()).resolves.toContain("shop.example.org");
  // the link shows after the text when the text does not carry it
  await expect(preview.innerText()).resolves.toContain("Don't miss it https://shop.example.org/sale");

  await page.getByLabel("Large card (linkPreviewHighQuality)").check();
  await expect(shape(page)).resolves.toBe("large");
  await screenshot(page, "playground-large-card");
  await page.getByLabel("Large card (linkPreviewHighQuality)").uncheck();
  await expect(shape(page)).resolves.toBe("small");
  await screenshot(page, "playground-small-card");
  // nothing was sent, and a page the site does not serve is never read: its check says so
  expect(sent).toEqual([]);
  await expect(page.getByTestId("card-check").innerText({ timeout: 60_000 })).resolves.toContain("demo_own_pages_only");
});

test("Fill from the page: a sample page's title, description and thumbnail, and the real thumbnail in the preview", async () => {
  const { page, unfurled } = await open();
  await page.getByRole("button", { name: "Spring sale: a 1200×630 PNG" }).click();
  const fill = page.getByRole("button", { name: "Fill from the page" });
  await expect.poll(() => fill.isEnabled(), { timeout: 60_000 }).toBe(true);
  await fill.click();
  await expect(page.getByLabel("Title", { exact: true }).inputValue()).resolves.toBe("Spring sale: everything 20% off");
  await expect(page.getByLabel("Description", { exact: true }).inputValue()).resolves.toBe("Until Sunday, in store and online. Free delivery over 30 €.");
  await expect(page.getByLabel("Thumbnail URL").inputValue()).resolves.toBe(`${siteUrl}/fixtures/spring-sale.png`);
  await page.getByLabel("Large card (linkPreviewHighQuality)").check();
  await expect.poll(() => page.getByTestId("predicted-card").innerText(), { timeout: 60_000 }).toBe("the large card");
  await expect(page.getByTestId("card-check").innerText()).resolves.toContain("Every WhatsApp rule passes.");
  // the thumbnail really loaded, at its own size
  await page.waitForFunction(() => (document.querySelector("[data-part=thumbnail]") as HTMLImageElement | null)?.naturalWidth === 1200, undefined, { timeout: 60_000 });
  await expect(shape(page)).resolves.toBe("large");
  expect(unfurled.every((url) => url.startsWith(`${siteUrl}/fixtures/`) || !url.startsWith(siteUrl))).toBe(true);
  await screenshot(page, "playground-filled-card");
});

test("the card check as you type: a 240 px image gives the small card, each problem with its rule", async () => {
  const { page } = await open();
  for (const field of ["Title", "Description", "Thumbnail URL"]) await page.getByLabel(field, { exact: true }).fill("");
  await page.getByLabel("Large card (linkPreviewHighQuality)").check();
  await page.getByRole("button", { name: "Opening hours: a 240 px image" }).click();
  const check = page.getByTestId("card-check");
  await expect.poll(() => page.getByTestId("predicted-card").innerText(), { timeout: 60_000 }).toBe("the small card");
  await expect(check.innerText()).resolves.toContain("image-300px-wide");
  await expect(check.innerText()).resolves.toContain("240 px wide: WhatsApp needs");
  await expect(check.innerText()).resolves.toContain("description-80-chars");
  await expect(shape(page)).resolves.toBe("small");
  await screenshot(page, "playground-card-check");
  await page.getByRole("button", { name: "Summer menu: a WebP image" }).click();
  // the check follows the link once it settles
  await expect.poll(() => page.getByTestId("predicted-card").innerText(), { timeout: 60_000 }).toBe("a card without an image");
  await expect(check.innerText()).resolves.toContain("image/webp");
  await expect(check.innerText()).resolves.toContain("og-url");
});

test("Send: through the proxy to the mock, and the sent Message shows", async () => {
  const { page, sent } = await open();
  await page.getByRole("button", { name: "Send" }).click();
  await expect(page.getByTestId("message-id").innerText({ timeout: 60_000 })).resolves.toBe("true_201234567890@c.us_3EB0C767D26A8B4C1F27");
  expect(sent).toHaveLength(1);
  expect(sent[0]!.url).toBe(`${siteUrl}/api/linkcard/v2/send/link-preview`);
  // the page never held a credential: the proxy added them
  expect(JSON.parse(sent[0]!.body!)).not.toHaveProperty("access_token");
  await screenshot(page, "playground-sent");
});

test("an invalid URL shows an inline error as you type, and Send sends nothing", async () => {
  const { page, sent } = await open();
  const url = page.getByLabel("Link (url)");
  await url.fill("wawp.net");
  await expect(page.getByText("Link must be an http(s) URL with a host and no spaces").isVisible()).resolves.toBe(true);
  await expect(url.getAttribute("aria-invalid")).resolves.toBe("true");
  await page.getByRole("button", { name: "Send" }).click();
  // focus goes to the field to fix
  await expect(url.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
  await expect(page.getByText("One field needs fixing before this can be sent.").isVisible()).resolves.toBe(true);
  expect(sent).toEqual([]);
  await url.fill("https://wawp.net");
  await expect(url.getAttribute("aria-invalid")).resolves.toBeNull();
});

test("an API error (the mock asked for a 429) shows as the typed error, with its status and request id", async () => {
  const { page, sent } = await open();
  await page.getByLabel("The mock answers with").selectOption("code=429");
  await page.getByRole("button", { name: "Send" }).click();
  const alert = page.getByRole("alert");
  await expect(alert.getByRole("heading").innerText({ timeout: 60_000 })).resolves.toBe("RateLimitError");
  await expect(page.getByTestId("error-status").innerText()).resolves.toBe("429");
  await expect(alert.innerText()).resolves.toContain("req_01JDWX8Z2K7QY3M5N9P4R6T8V0");
  expect(sent).toHaveLength(1);
  expect(sent[0]!.headers.prefer).toBe("code=429");
  await screenshot(page, "playground-429");
});

test("by keyboard alone: Tab to Send, Enter sends", async () => {
  const { page } = await open();
  await page.getByLabel("Recipient (chatId)").focus();
  for (let i = 0; i < 20 && !(await page.evaluate(() => document.activeElement?.textContent === "Send")); i++) await page.keyboard.press("Tab");
  await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe("Send");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("message-id").innerText({ timeout: 60_000 })).resolves.toMatch(/^true_/);
});

test("axe finds no serious or critical violation, before and after a send, and with errors showing", async () => {
  const { page } = await open();
  const serious = async () => {
    await page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
    const { violations } = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<{ violations: Array<{ id: string; impact: string }> }> } }).axe.run());
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  };
  expect(await serious()).toEqual([]);
  await page.getByLabel("Link (url)").fill("nope");
  expect(await serious()).toEqual([]);
  await page.getByLabel("Link (url)").fill("https://wawp.net");
  await page.getByLabel("The mock answers with").selectOption("code=500");
  await page.getByRole("button", { name: "Send" }).click();
  await page.getByRole("alert").getByRole("heading").waitFor({ timeout: 60_000 });
  expect(await serious()).toEqual([]);
});
