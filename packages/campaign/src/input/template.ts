import { CampaignInputError, type InputIssue } from "../errors.js";
import type { Recipient } from "../types.js";

const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** The column names a template reads (`{{name}}`), each once, in order. */
export function templateColumns(template: string): string[] {
  return [...new Set([...template.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/**
 * Compiles `Hi {{name}}` into a function of the recipient. Every `{{column}}` must be one of `columns`
 * (a CSV's header): an unknown one, an empty `{{}}` or an unclosed `{{` is a CampaignInputError before any
 * send. A recipient's missing or empty field renders as an empty string; only its own fields are read.
 */
export function compileTemplate(template: string, columns: readonly string[]): (recipient: Recipient) => string {
  if (typeof template !== "string") throw new CampaignInputError("Invalid template", [{ position: "template", path: "", message: "must be a string" }]);
  const issues: InputIssue[] = [];
  const names = templateColumns(template);
  for (const name of names)
    if (!name) issues.push({ position: "template", path: "", message: "has an empty {{}}" });
    else if (!columns.includes(name))
      issues.push({ position: "template", path: "", message: `uses {{${name}}}, but there is no column "${name}" (columns: ${columns.join(", ") || "none"})` });
  const rest = template.replace(PLACEHOLDER, "");
  if (rest.includes("{{") || rest.includes("}}")) issues.push({ position: "template", path: "", message: "has an unclosed {{ or a stray }}" });
  if (issues.length) throw new CampaignInputError("Invalid template", issues);
  return (recipient) =>
    template.replace(PLACEHOLDER, (_, name: string) => {
      const value = Object.hasOwn(recipient, name) ? recipient[name] : undefined;
      return value == null ? "" : String(value);
    });
}
