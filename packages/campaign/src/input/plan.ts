import { createHash } from "node:crypto";
import { validateSendLinkPreviewParams } from "@linkcard/core";
import { recipientKey } from "../chat-id.js";
import type { InputIssue } from "../errors.js";
import { describe, isRecord, isThenable } from "../shape.js";
import type { Card, CardParams, Recipients } from "../types.js";

/** One recipient of a plan: who, and which of the plan's cards. */
export interface PlannedRow {
  /** The recipient's chatId, as given. */
  chatId: string;
  /** Index into the plan's `cards`. */
  card: number;
}

/** A recipient dropped because an earlier row reaches the same person. */
export interface Duplicate {
  /** The dropped row's position. */
  position: string;
  /** Its chatId, as given. */
  chatId: string;
  /** The position of the row that is kept. */
  keptPosition: string;
}

/** What a campaign will send: every row checked, duplicates dropped, each card frozen. Nothing is sent to make it. */
export interface CampaignPlan {
  /** The recipients, in send order, duplicates dropped. Empty when there are issues. */
  rows: PlannedRow[];
  /** The distinct cards, frozen (what is sent, as JSON carries it). */
  cards: CardParams[];
  /** The rows dropped as duplicates, each with the row kept. */
  duplicates: Duplicate[];
  /** Every bad row or card, by position; a plan with issues is never sent. */
  issues: InputIssue[];
  /** A digest of `rows` and `cards`: equal plans, equal fingerprints. */
  fingerprint: string;
}

/** Options of `planCampaign`. */
export interface PlanOptions {
  /** The recipients: an array or an (async) iterable of `{ chatId, ...fields }`. */
  recipients: Recipients;
  /** The card for everyone (`sendLinkPreview`'s params without `chatId`), or a function of the recipient that returns it. */
  card: Card;
  /** How a row is named in messages, from its 0-based index (default `recipient N`, from 1); `readRecipientsCsv` gives one that says `line N`. */
  position?: (index: number) => string;
}

const byNumber = (index: number) => `recipient ${index + 1}`;

/**
 * Plans a campaign without sending anything (a dry run): checks every row with the spec's validator
 * (`validateSendLinkPreviewParams`, the card merged with the row's chatId), drops duplicates (the same
 * person written two ways), and freezes each card as JSON will carry it.
 */
export async function planCampaign({ recipients, card, position = byNumber }: PlanOptions): Promise<CampaignPlan> {
  const issues: InputIssue[] = [];
  const duplicates: Duplicate[] = [];
  const rows: PlannedRow[] = [];
  const cards: CardParams[] = [];
  const cardIndex = new Map<string, number>();
  const seen = new Map<string, string>();
  const add = (where: string, path: string, message: string) => issues.push({ position: where, path, message });

  if (typeof card !== "function" && !isRecord(card)) add("card", "", "must be sendLinkPreview's params without chatId, or a function of the recipient that returns them");
  if (!isIterable(recipients)) {
    add("recipients", "", "must be an array, an iterable or an async iterable of { chatId, ...fields }");
    return { rows: [], cards: [], duplicates, issues, fingerprint: "" };
  }

  let index = 0;
  for await (const recipient of recipients as AsyncIterable<unknown>) {
    const where = position(index++);
    if (!isRecord(recipient)) {
      add(where, "", "must be an object with a chatId");
      continue;
    }
    let params: unknown = card;
    if (typeof card === "function") {
      try {
        params = card(recipient as never);
      } catch (error) {
        add(where, "card", `the card function threw ${describe(error)}`);
        continue;
      }
    }
    if (isThenable(params)) {
      add(where, "card", "the card function returned a promise: return the params themselves");
      continue;
    }
    if (!isRecord(params)) {
      if (typeof card === "function") add(where, "card", "the card function must return an object (sendLinkPreview's params without chatId)");
      continue;
    }
    if (Object.hasOwn(params, "chatId")) {
      add(where, "card.chatId", "comes from the recipient: leave it out of the card");
      continue;
    }
    // one read of each own field, "__proto__" included as a field, so the validator sees what is frozen
    const request: Record<string, unknown> = {};
    for (const name of Object.keys(params)) Object.defineProperty(request, name, { value: params[name], enumerable: true, writable: true, configurable: true });
    // left out when absent, so the validator says "is required" once
    if (recipient.chatId !== undefined) request.chatId = recipient.chatId;
    const found = validateSendLinkPreviewParams(request);
    for (const issue of found) add(where, issue.path, issue.message);
    if (found.length) continue;

    const chatId = recipient.chatId as string;
    const key = recipientKey(chatId);
    const kept = seen.get(key);
    if (kept !== undefined) {
      duplicates.push({ position: where, chatId, keptPosition: kept });
      continue;
    }
    seen.set(key, where);
    const { chatId: _, ...frozen } = JSON.parse(JSON.stringify(request)) as Record<string, unknown>;
    const text = JSON.stringify(frozen);
    let cardNumber = cardIndex.get(text);
    if (cardNumber === undefined) cardIndex.set(text, (cardNumber = cards.push(frozen as CardParams) - 1));
    rows.push({ chatId, card: cardNumber });
  }
  if (issues.length) return { rows: [], cards: [], duplicates, issues, fingerprint: "" };
  return { rows, cards, duplicates, issues, fingerprint: fingerprintOf(rows, cards) };
}

/** The digest of a plan's rows and cards. */
export const fingerprintOf = (rows: PlannedRow[], cards: CardParams[]): string =>
  createHash("sha256").update(JSON.stringify({ cards, rows: rows.map((r) => [r.chatId, r.card]) })).digest("hex");

const isIterable = (value: unknown): boolean =>
  value != null &&
  (typeof (value as Iterable<unknown>)[Symbol.iterator] === "function" || typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === "function") &&
  typeof value !== "string";
