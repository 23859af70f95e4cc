/** Where a rule comes from: the spec's x-evidence (its first entry). */
export interface RuleSource {
  /** The kind of source: `whatsapp-docs` (Meta's page), `vendor-page` (Wawp's) ... */
  kind: string;
  url?: string;
  note?: string;
}

/** One of WhatsApp's card rules, as scripts/compile-rules.mjs compiles it from the spec. */
export interface CompiledRule {
  /** The rule's id in the spec (`image-300px-wide`). */
  id: string;
  /** What it measures (`image.width`). */
  measure: string;
  /** How the measure is tested against `limit` (JSON Schema's keyword), or `none` for a rule nothing measures. */
  test: "maximum" | "exclusiveMaximum" | "minimum" | "minLength" | "format" | "enum" | "none";
  limit: number | string | readonly string[] | null;
  unit?: string;
  /** The rule in one sentence. */
  summary: string;
  source: RuleSource;
}

/** Whether a measured value meets a rule. */
export function passes(rule: CompiledRule, value: unknown): boolean {
  const { test, limit } = rule;
  if (test === "none") return true;
  if (test === "enum") return (limit as readonly string[]).includes(value as string);
  if (test === "minLength") return typeof value === "string" && [...value].length >= (limit as number);
  if (test === "format") return typeof value === "string" && isAbsolute(value);
  if (typeof value !== "number") return false;
  if (test === "maximum") return value <= (limit as number);
  if (test === "exclusiveMaximum") return value < (limit as number);
  return value >= (limit as number);
}

/** JSON Schema's `format: uri`: an absolute URL, scheme included (`//cdn/x.jpg` and `/x.jpg` are not). */
function isAbsolute(value: string): boolean {
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** "≥ 300 px", "< 600,000 bytes", "an absolute URL": what a rule needs, for messages. */
export function needs(rule: CompiledRule): string {
  const amount = `${Number(rule.limit).toLocaleString("en-US")}${rule.unit ? ` ${rule.unit}` : ""}`;
  switch (rule.test) {
    case "maximum":
      return `≤ ${amount}`;
    case "exclusiveMaximum":
      return `< ${amount}`;
    case "minimum":
      return `≥ ${amount}`;
    case "format":
      return "an absolute URL";
    case "minLength":
      return "it in the <head>, not empty";
    case "enum":
      return (rule.limit as readonly string[]).map((type) => type.replace("image/", "").toUpperCase()).join(" or ");
    default:
      return rule.summary;
  }
}

/** "(source: https://…)", the rule's first source. */
export const sourceNote = (rule: CompiledRule) => `(source: ${rule.source.url ?? rule.source.kind})`;
