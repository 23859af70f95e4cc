import type { CardCheck } from "@linkcard/unfurl";
import { RULES } from "@linkcard/unfurl";
import { table } from "./table.js";

const MARK = { pass: "pass", fail: "FAIL", "not-checked": "----" } as const;
const shown = (value: unknown) => (value === undefined ? "missing" : typeof value === "number" ? String(Math.round(value * 100) / 100) : JSON.stringify(value));

/** A card check as a person reads it: the card, the measured image, every rule with its source, the problems. */
export function renderCardCheck(check: CardCheck): string {
  const image = check.image;
  const imageLine = !image
    ? "none"
    : image.error
      ? `${image.url} (${image.source}): ${image.error.message}`
      : `${image.url} (${image.source}): ${image.width}×${image.height} ${image.type}, ${image.bytes?.toLocaleString("en-US")} bytes`;
  const card = [
    ["url", check.url],
    ["title", check.title ?? "none"],
    ["description", check.description ?? "none"],
    ["image", imageLine],
    ...(check.siteName ? [["site", check.siteName]] : []),
  ];
  const rules = check.rules.map((result) => {
    const rule = RULES.find((r) => r.id === result.rule);
    const detail = result.status === "not-checked" ? `not checked: ${result.reason}` : `measured ${shown(result.measured)}`;
    return [MARK[result.status], result.rule, detail, rule?.source.url ?? rule?.source.kind ?? ""];
  });
  const problems = check.problems.map((p) => `  ${p.severity === "error" ? "error" : "info "}  ${p.message}`);
  return [
    `Card: ${check.card} (${check.reason})`,
    table(card),
    "",
    "Rules:",
    table(rules),
    ...(problems.length ? ["", "Problems:", ...problems] : ["", "Problems: none"]),
    "",
    check.note,
  ].join("\n");
}
