import { type CardCheck, type CardParams, checkCard } from "@linkcard/unfurl";
import { EXIT } from "../exit-codes.js";
import { fetchFailure } from "../fetch-error.js";
import { type FlagSpec, numberFlag, onePositional, parseFlags } from "../flags.js";
import { commandHelp } from "../help.js";
import { renderCardCheck } from "../output/card-check.js";
import { out } from "../output/print.js";
import { urlFlag } from "../url-flag.js";

/** The card flags `check` and `send` share: what the send params say of the card. */
export const CARD_FLAGS = {
  title: { type: "string", help: "the card's title (default: the page's og:title)", value: "text" },
  description: { type: "string", help: "the card's description (default: the page's og:description)", value: "text" },
  thumbnail: { type: "string", help: "the card's image URL (default: the page's og:image)", value: "url" },
  large: { type: "boolean", help: "ask for the large image card (linkPreviewHighQuality)" },
} as const satisfies FlagSpec;

/** The fetch flags of a card check. */
export const FETCH_FLAGS = {
  timeout: { type: "string", help: "ms for the whole check, every redirect and the image included (default 10000)", value: "ms" },
  "dangerously-allow-private-network": { type: "boolean", help: "let the check reach loopback and private addresses (local testing only; refused by default against SSRF)" },
} as const satisfies FlagSpec;

const SPEC = {
  ...CARD_FLAGS,
  json: { type: "boolean", help: "print the check as JSON" },
  ...FETCH_FLAGS,
  help: { type: "boolean", help: "print this help" },
} as const satisfies FlagSpec;

const SYNOPSIS = "linkcard check <url> [--title …] [--description …] [--thumbnail <url>] [--large] [--json]";
const ABOUT =
  "Fetches the page (and the image), predicts the card the recipient will see, and checks it against every WhatsApp card rule in the spec, each with its source. Exits 1 when a rule of severity error fails, so CI can keep landing pages WhatsApp-ready.";

/** The send params of the card flags, and checkCard's options from the fetch flags. */
export function cardFrom(url: string, flags: { title?: string; description?: string; thumbnail?: string; large?: boolean }): Omit<CardParams, "chatId"> {
  const params: Omit<CardParams, "chatId"> = { url };
  if (flags.title !== undefined) params.title = flags.title;
  if (flags.description !== undefined) params.description = flags.description;
  if (flags.thumbnail !== undefined) params.thumbnail = urlFlag("--thumbnail", flags.thumbnail);
  if (flags.large) params.linkPreviewHighQuality = true;
  return params;
}

export function fetchOptions(flags: { timeout?: string; "dangerously-allow-private-network"?: boolean }) {
  const timeout = numberFlag("timeout", flags.timeout, { min: 1, max: 600_000 });
  return { ...(timeout !== undefined && { timeout }), ...(flags["dangerously-allow-private-network"] && { dangerouslyAllowPrivateNetwork: true }) };
}

/** A CardCheck as JSON: its errors as `{ name, message }`. */
export const checkJson = (check: CardCheck) =>
  JSON.stringify(check, (_, value) => (value instanceof Error ? { name: value.name, message: value.message } : value), 2);

/** Whether a check fails: a problem of severity error. */
export const failing = (check: CardCheck) => check.problems.some((p) => p.severity === "error");

export async function check(args: readonly string[]): Promise<number> {
  const { flags, positionals } = parseFlags("check", args, SPEC);
  if (flags.help) return out(commandHelp(SYNOPSIS, ABOUT, SPEC)), EXIT.ok;
  const url = urlFlag("the url", onePositional("check", "page URL", positionals));
  const result = await checkCard(cardFrom(url, flags), fetchOptions(flags)).catch((error) => {
    throw fetchFailure(error);
  });
  out(flags.json ? checkJson(result) : renderCardCheck(result));
  return failing(result) ? EXIT.failed : EXIT.ok;
}
