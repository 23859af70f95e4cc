import type { CampaignCounts } from "@linkcard/campaign";
import { table } from "./table.js";

const IN_DOUBT_SHOWN = 10;

/** A campaign's counts as a table, then who is in doubt and why (the first few). */
export function renderCounts(counts: CampaignCounts, extra: { duplicatesDropped: number; skipped?: number; thisRun?: { sent: number; notSent: number; inDoubt: number } }): string {
  const reasons = Object.entries(counts.notSent.byReason).map(([code, n]) => `${code}: ${n}`).join(", ");
  const run = extra.thisRun;
  const rows = [
    ["recipients", String(counts.recipients), ""],
    ["sent", String(counts.sent), run ? `${run.sent} in this run` : ""],
    ["not sent", String(counts.notSent.total), reasons],
    ["in doubt", String(counts.inDoubt.length), counts.inDoubt.length ? "may have arrived; resent only with --resend-in-doubt" : ""],
    ["left", String(counts.pending), ""],
    ...(extra.skipped !== undefined ? [["skipped", String(extra.skipped), "settled by earlier runs"]] : []),
    ["duplicates dropped", String(extra.duplicatesDropped), ""],
  ];
  const doubt = counts.inDoubt.slice(0, IN_DOUBT_SHOWN).map(({ chatId, reason }) => `  ${chatId}: ${reason}`);
  if (counts.inDoubt.length > IN_DOUBT_SHOWN) doubt.push(`  … and ${counts.inDoubt.length - IN_DOUBT_SHOWN} more (linkcard status --json lists them all)`);
  return [table(rows.map((r) => r.map(String))), ...(doubt.length ? ["In doubt:", ...doubt] : [])].join("\n");
}
