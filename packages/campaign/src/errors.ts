/** One problem with the input, named by where it is: `line 7` (a CSV), `recipient 3`, `card`, `template`. */
export interface InputIssue {
  /** Where: the row's position (`line 7`, `recipient 3`) or the part of the input (`card`, `template`, `columns`). */
  position: string;
  /** The field, when there is one (`chatId`, `text`); empty for the row as a whole. */
  path: string;
  /** What is wrong. */
  message: string;
}

/** Every error this package throws of its own. */
export class CampaignError extends Error {
  override name: string = "CampaignError";
}

/** The input (recipients, card, CSV, template, options) is wrong; nothing was sent. `issues` names every problem. */
export class CampaignInputError extends CampaignError {
  override name = "CampaignInputError" as const;
  /** Every problem, each with its position. */
  readonly issues: InputIssue[];

  constructor(what: string, issues: InputIssue[]) {
    const shown = issues.slice(0, 20).map((i) => `${i.position}: ${i.path ? `${i.path} ` : ""}${i.message}`);
    if (issues.length > 20) shown.push(`... and ${issues.length - 20} more`);
    super(`${what}: nothing was sent.\n  ${shown.join("\n  ")}`);
    this.issues = issues;
  }
}

/** The journal's plan differs from the recipients and card given: a resumed run sends only what was planned. */
export class JournalMismatchError extends CampaignError {
  override name = "JournalMismatchError" as const;
}

/** Another run holds the journal's lock. */
export class JournalLockedError extends CampaignError {
  override name = "JournalLockedError" as const;
}

/** The journal cannot be read (damaged, or written by a newer version), or someone else wrote to it while this run held it. */
export class JournalError extends CampaignError {
  override name = "JournalError" as const;
}
