// Debian's Chromium, driven by playwright-core: one browser for the file, a fresh page per test, and every
// request that would leave the site recorded and refused (the site must work offline).
import { fileURLToPath } from "node:url";
import { mkdirSync } from "node:fs";
import { type Browser, type Page, chromium } from "playwright-core";

// the flags Chromium needs as root in a sandboxed, offline machine (no background calls home)
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const launch = (): Promise<Browser> => chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ARGS });

/** A page on the site; `external` lists every request it tried off the site, `sent` every send to the proxy, `unfurled` every card check. */
export async function openPage(browser: Browser, siteUrl: string, path: string) {
  const page: Page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
  const external: string[] = [];
  const sent: Array<{ url: string; body: string | null; headers: Record<string, string> }> = [];
  const unfurled: string[] = [];
  await page.route("**/*", (route) => {
    const request = route.request();
    if (request.url().startsWith("data:")) return route.continue();
    if (!request.url().startsWith(siteUrl)) {
      external.push(request.url());
      return route.abort();
    }
    const { pathname, searchParams } = new URL(request.url());
    if (pathname.startsWith("/api/linkcard/v2/")) sent.push({ url: request.url(), body: request.postData(), headers: request.headers() });
    if (pathname === "/api/linkcard/unfurl") unfurled.push(searchParams.get("url") as string);
    return route.continue();
  });
  await page.goto(`${siteUrl}${path}`);
  return { page, external, sent, unfurled };
}

const shots = fileURLToPath(new URL("../screenshots/", import.meta.url));
/** Saves a screenshot under apps/docs/screenshots/ (git-ignored). */
export async function screenshot(page: Page, name: string) {
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: `${shots}${name}.png`, fullPage: false });
}
