import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@linkcard/core";

export const TOKEN = "tok_campaign-S3CRET";
export const INSTANCE = "123456789";
export const card = { url: "https://wawp.net", text: "Our launch is live", title: "Wawp" };

/** A real @linkcard/core client of the upstream at `baseUrl`, quiet. */
export const clientOf = (baseUrl: string, options: Parameters<typeof createClient>[0] = {}) =>
  createClient({ instanceId: INSTANCE, accessToken: TOKEN, baseUrl, logLevel: "off", ...options });

/** `n` distinct recipients: 2010000000, 2010000001, ... with a name each. */
export const people = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ chatId: `20100${String(from + i).padStart(5, "0")}`, name: `Person ${from + i}` }));

/** A fresh temp folder, removed by the returned function. */
export function tempDir(): { dir: string; journal: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "linkcard-campaign-"));
  return { dir, journal: join(dir, "launch.journal"), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const unpaced = { perMinute: Infinity } as const;
