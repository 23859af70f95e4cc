import type { SendLinkPreviewRequest } from "@linkcard/types";
import type { Card, CardImage } from "./card.js";
import { InvalidInputError, type Issue } from "./errors.js";
import { FIELDS, REQUIRED, RULES } from "./generated/rules.js";
import { measure } from "./image.js";
import { isPlainObject, kindOf, optionIssues, unknownName, type UnfurlOptions } from "./options.js";
import { needs, passes, sourceNote, type CompiledRule, type RuleSource } from "./rule.js";
import { readPage, sessionFor } from "./unfurl.js";

/** The send params whose card is checked: SendLinkPreviewRequest without the credentials; `chatId` may be left out, the card does not depend on it. */
export type CardParams = Omit<SendLinkPreviewRequest, "instance_id" | "access_token" | "chatId"> & { chatId?: string };

/** A rule the card breaks. */
export interface Problem {
  /** The rule's id in the spec (`image-300px-wide`), or `thumbnail-media-types` for the thumbnail's `x-media-types`. */
  rule: string;
  /** `error`: the card will not look as asked (or WhatsApp may not preview the page); `info`: text will be cut. */
  severity: "error" | "info";
  /** What was measured (`240`, `"image/webp"`, `undefined` for a tag that is missing). */
  measured: unknown;
  /** The rule's bound (`300`, `["image/jpeg","image/png"]`). */
  limit: CompiledRule["limit"];
  /** One sentence: what is wrong, what is needed, and the source. */
  message: string;
  source: RuleSource;
}

/** How one of `RULES` came out for this card. */
export interface RuleResult {
  /** The rule's id (`image-300px-wide`), as in `RULES`. */
  rule: string;
  /** `pass`, `fail` (its problem is in `problems`, with its severity), or `not-checked`: nothing here to measure (`reason` says why). */
  status: "pass" | "fail" | "not-checked";
  /** What was measured, for a rule that was checked. */
  measured?: unknown;
  /** Why a rule was not checked (`the params give the title, so the page's og:title is not used`). */
  reason?: string;
}

/** What the recipient will see. */
export interface CardCheck {
  /** `large`: the big image card; `small`: the small square icon; `no-image`: text only. See `reason`. */
  card: "large" | "small" | "no-image";
  /** Why this card, in one sentence. */
  reason: string;
  /** Every rule the card breaks. */
  problems: Problem[];
  /** Every rule of `RULES`, in its order, each passed, failed or not checked (and why not). */
  rules: RuleResult[];
  /** The card as it will be sent: the params, with what they leave out filled from the page. */
  url: string;
  title?: string;
  description?: string;
  image?: CardImage;
  siteName?: string;
  /** The page's own card, when the params left something out and it was read. */
  page?: Card;
  /** How much of the text WhatsApp shows (from the rules): the title's lines, the description's characters. */
  display: { titleLines: number; descriptionCharacters: number };
  /** A preview is a best attempt (the `best-attempt` rule, with its source). */
  note: string;
}

const rule = (measure: string) => RULES.find((r) => r.measure === measure)!;
const CREDENTIALS = ["instance_id", "access_token"];
const IMAGE_SIZE = ["image.bytes", "image.width", "image.aspectRatio"];
const OPTIONAL_HERE = new Set([...CREDENTIALS, "chatId"]);
const PAGE_MEASURES = ["page.headEnd", "page.og:title", "page.og:description", "page.og:url", "image.url"];
const NOT_MEASURED = "nothing measures it before the card is sent";

/** The JSON type of a value, as the spec's `type` names it. */
const jsonType = (value: unknown) => (value === null ? "null" : Number.isInteger(value) ? "integer" : typeof value);

function paramIssues(params: unknown): Issue[] {
  if (!isPlainObject(params)) return [{ path: "params", message: `must be an object, not ${kindOf(params)}` }];
  const issues: Issue[] = [];
  const known = Object.keys(FIELDS);
  for (const name of Object.keys(params)) {
    const types = Object.hasOwn(FIELDS, name) ? FIELDS[name]! : undefined;
    const type = jsonType(params[name]);
    if (!types) issues.push({ path: `params.${name}`, message: unknownName(name, known, "a send param") });
    else if (!types.includes(type) && !(type === "integer" && types.includes("number")))
      issues.push({ path: `params.${name}`, message: `must be ${types.join(" or ")}, not ${kindOf(params[name])}` });
  }
  for (const name of REQUIRED) if (!OPTIONAL_HERE.has(name) && params[name] === undefined) issues.push({ path: `params.${name}`, message: "is required" });
  return issues;
}

/**
 * Predicts the card the recipient will see for these send params, and lists every WhatsApp rule it
 * breaks, each with what was measured and the rule's source. What the params leave out (title,
 * description, thumbnail) is filled from the page, fetched as `unfurl` does; the image is fetched and
 * measured. A large card is predicted only when `linkPreviewHighQuality` is true and the image is a
 * JPEG or PNG that meets every image rule; an image that breaks one gives the small card; no usable
 * image (none, not fetched, or not JPEG or PNG) gives `no-image`. Rejects when the page is needed and
 * cannot be read (refused, HTTP status, not HTML, timeout).
 */
export async function checkCard(params: CardParams, options?: UnfurlOptions): Promise<CardCheck> {
  const issues = [...paramIssues(params), ...optionIssues(options)];
  if (issues.length) throw new InvalidInputError(issues);
  const session = sessionFor(options, params.url);
  try {
    const needPage = params.title === undefined || params.description === undefined || params.thumbnail === undefined;
    const [page, thumbnail] = await Promise.all([
      needPage ? readPage(session, params.url, params.thumbnail === undefined) : undefined,
      params.thumbnail === undefined ? undefined : measure(session, { url: params.thumbnail, rawUrl: params.thumbnail, source: "thumbnail" }),
    ]);
    return verdict(params, page, thumbnail ?? page?.image);
  } finally {
    session.close();
  }
}

function verdict(params: CardParams, page: Card | undefined, image: CardImage | undefined): CardCheck {
  const large = params.linkPreviewHighQuality === true;
  const title = params.title ?? page?.title;
  const description = params.description ?? page?.description;
  const measured = image && !image.error && image.width !== undefined ? image : undefined;
  const imageName = image?.source === "thumbnail" ? "the thumbnail" : `the page's image (${image?.source})`;
  const values: Record<string, unknown> = {};
  const unchecked: Record<string, string> = {
    "title.lines": "the lines a title takes depend on the recipient's screen, which nothing here can measure",
    none: "a caveat, not a measure",
  };
  if (!page) for (const measure of PAGE_MEASURES) unchecked[measure] = "the page was not read: the params give the title, the description and the thumbnail";
  if (params.title !== undefined) unchecked["page.og:title"] = "the params give the title, so the page's og:title is not used";
  if (params.description !== undefined) unchecked["page.og:description"] = "the params give the description, so the page's og:description is not used";
  if (image?.source === "thumbnail") unchecked["image.url"] = "the image is the params' thumbnail, not one the page names";
  const noImage = !image ? "there is no image" : `the image could not be measured: ${image.error?.message ?? "no size found"}`;
  for (const measure of [...IMAGE_SIZE, "image.type"]) unchecked[measure] = noImage;
  if (!image) unchecked["image.url"] ??= noImage;
  if (description === undefined) unchecked["description.length"] = "there is no description";
  if (page) {
    values["page.headEnd"] = page.head.end;
    if (params.title === undefined) values["page.og:title"] = page.head.openGraph.title;
    if (params.description === undefined) values["page.og:description"] = page.head.openGraph.description;
    values["page.og:url"] = page.head.openGraph.url;
    if (image && image.source !== "thumbnail") values["image.url"] = image.rawUrl;
  }
  if (measured) {
    values["image.bytes"] = measured.bytes;
    values["image.width"] = measured.width;
    values["image.aspectRatio"] = measured.width! / measured.height!;
    values["image.type"] = measured.type;
  }
  if (description !== undefined) values["description.length"] = [...description].length;

  const problems: Problem[] = [];
  const rules: RuleResult[] = [];
  for (const r of RULES) {
    if (!(r.measure in values) || r.test === "none") {
      rules.push({ rule: r.id, status: "not-checked", reason: unchecked[r.measure] ?? NOT_MEASURED });
      continue;
    }
    const value = values[r.measure];
    const ok = passes(r, value);
    rules.push({ rule: r.id, status: ok ? "pass" : "fail", measured: value });
    if (ok) continue;
    const what = describe(r, value, imageName, measured);
    const but = large && IMAGE_SIZE.includes(r.measure) ? "large card asked for, but " : "";
    const who = r.source.kind === "vendor-page" ? "the API takes" : "WhatsApp needs";
    const message =
      r.measure === "description.length"
        ? `${what}: about ${r.limit} show ${sourceNote(r)}`
        : `${but}${what}: ${who} ${needs(r)} ${sourceNote(r)}`;
    problems.push({ rule: r.id, severity: r.measure === "description.length" ? "info" : "error", measured: value, limit: r.limit, message, source: r.source });
  }

  const typeRule = rule("image.type");
  let card: CardCheck["card"];
  let reason: string;
  if (!image) [card, reason] = ["no-image", "no image: the params have no thumbnail, and the page no og:image, twitter:image or image_src"];
  else if (!measured) [card, reason] = ["no-image", `no image: ${image.error?.message ?? "it could not be measured"}`];
  else if (!passes(typeRule, measured.type)) [card, reason] = ["no-image", `no image: ${imageName} is ${measured.type}, and the API takes ${needs(typeRule)}`];
  else if (!large) [card, reason] = ["small", "linkPreviewHighQuality is not true, so the image shows as the small square icon"];
  else if (problems.some((p) => IMAGE_SIZE.includes(RULES.find((r) => r.id === p.rule)!.measure)))
    [card, reason] = ["small", `large card asked for, but ${imageName} breaks WhatsApp's image rules, so expect the small card`];
  else [card, reason] = ["large", `large card asked for, and ${imageName} meets every image rule`];

  const check: CardCheck = {
    card,
    reason,
    problems,
    rules,
    url: page?.url ?? params.url,
    display: { titleLines: rule("title.lines").limit as number, descriptionCharacters: rule("description.length").limit as number },
    note: `${rule("none").summary} ${sourceNote(rule("none"))}`,
  };
  if (title !== undefined) check.title = title;
  if (description !== undefined) check.description = description;
  if (image) check.image = image;
  const siteName = page?.siteName;
  if (siteName) check.siteName = siteName;
  if (page) check.page = page;
  return check;
}

/** What was measured, as the start of a sentence. */
function describe(r: CompiledRule, value: unknown, imageName: string, image: CardImage | undefined): string {
  switch (r.measure) {
    case "page.headEnd":
      return value === undefined ? "the page's <head> does not end within the part read (512 KB)" : `the page's <head> ends at byte ${Number(value).toLocaleString("en-US")}`;
    case "image.url":
      return `the page writes its image URL as "${value}", which is not absolute`;
    case "image.bytes":
      return `${imageName} is ${Number(value).toLocaleString("en-US")} bytes`;
    case "image.width":
      return `${imageName} is ${value} px wide`;
    case "image.aspectRatio":
      return `${imageName} is ${image!.width}×${image!.height} (${Number(value).toFixed(2)}:1)`;
    case "image.type":
      return `${imageName} is ${value}`;
    case "description.length":
      return `the description is ${value} characters`;
    default: {
      const tag = r.measure.replace("page.", "");
      return value === undefined ? `the page has no ${tag} in its <head>` : `the page's ${tag} is empty`;
    }
  }
}
