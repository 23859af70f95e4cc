import { randomUUID } from "node:crypto";
import { JournalMismatchError } from "../errors.js";
import type { CampaignPlan } from "../input/plan.js";
import { JOURNAL_KIND, JOURNAL_VERSION, type JournalContents, type JournalRecord } from "./format.js";

/** A new journal's first records: the header and the frozen plan (its cards, then its rows). */
export function planRecords(plan: CampaignPlan): JournalRecord[] {
  return [
    {
      type: "header",
      kind: JOURNAL_KIND,
      version: JOURNAL_VERSION,
      campaign: randomUUID(),
      created: new Date().toISOString(),
      fingerprint: plan.fingerprint,
      recipients: plan.rows.length,
      duplicates: plan.duplicates,
    },
    ...plan.cards.map((params, card) => ({ type: "card" as const, card, params })),
    ...plan.rows.map((row, i) => ({ type: "row" as const, row: i, chatId: row.chatId, card: row.card })),
  ];
}

/** Refuses a resume whose input differs from the journal's plan, saying where it first differs. */
export function compare(contents: JournalContents, plan: CampaignPlan, path: string) {
  if (plan.fingerprint === contents.header.fingerprint) return;
  const refuse = (what: string): never => {
    throw new JournalMismatchError(
      `${path} was planned from other input: ${what}. A resumed run sends exactly what was planned; to send this input, use a new journal (or resume with no recipients and card, from the journal alone).`,
    );
  };
  const was = contents.plan;
  if (was.length !== plan.rows.length) refuse(`it has ${was.length} recipients, this input ${plan.rows.length}`);
  for (let i = 0; i < was.length; i++) {
    const before = was[i]!;
    const now = plan.rows[i]!;
    if (before.chatId !== now.chatId) refuse(`recipient ${i + 1} was ${before.chatId}, now ${now.chatId}`);
    const oldCard = JSON.stringify(contents.cards[before.card]);
    const newCard = JSON.stringify(plan.cards[now.card]);
    if (oldCard !== newCard) refuse(`the card for ${now.chatId} (recipient ${i + 1}) changed: was ${oldCard.slice(0, 200)}, now ${newCard.slice(0, 200)}`);
  }
  refuse("its plan digest differs");
}
