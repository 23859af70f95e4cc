import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { CampaignInputError, type InputIssue } from "../errors.js";
import type { Recipient } from "../types.js";

/** Options of `readRecipientsCsv` and `parseRecipientsCsv`. */
export interface CsvOptions {
  /** The column that holds each recipient's chatId (default `chatId`). */
  chatIdColumn?: string;
  /** Columns that must be in the header besides the chatId's, such as a template's (`templateColumns`). */
  columns?: readonly string[];
  /** Field separator (default `,`). */
  delimiter?: string;
}

/** A recipients CSV, read and checked: one recipient per data row, each field a string. */
export interface RecipientsCsv {
  /** The recipients, in file order: `{ chatId, ...other columns }`. */
  recipients: Recipient[];
  /** The header's column names. */
  columns: string[];
  /** The line each recipient starts on (1 is the header). */
  lines: number[];
  /** Names recipient `index` by its line, for `planCampaign` and `runCampaign`'s `position`. */
  position: (index: number) => string;
}

// a column by this name would set each row's prototype instead of a field
const FORBIDDEN = "__proto__";

/**
 * Parses a recipients CSV (csv-parse): the header row names the columns; a BOM and CRLF line ends are
 * fine; blank lines are skipped. Throws a CampaignInputError naming every problem by line: a header with an
 * empty, repeated or forbidden name, a missing chatId column or required column, a row with more or fewer
 * fields than the header, a row with an empty chatId, or quoting that breaks the file (from that line on).
 * Duplicates and bad chatIds are `planCampaign`'s to report (with these lines, through `position`).
 */
export function parseRecipientsCsv(text: string | Uint8Array, options: CsvOptions = {}): RecipientsCsv {
  const { chatIdColumn = "chatId", columns: required = [], delimiter = "," } = options;
  // csv-parse miscounts lines at a CRLF inside quotes; as LF, every line end is one (a field keeps its break, as LF)
  const source = (typeof text === "string" ? text : Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("utf8")).replace(/\r\n/g, "\n");
  const issues: InputIssue[] = [];
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, { bom: true, delimiter, relax_column_count: true, skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    const { code, lines, message } = error as { code?: string; lines?: number; message: string };
    const said = code === "CSV_QUOTE_NOT_CLOSED" ? "a quote opened on this line is never closed" : message.replace(/^[^:]*: /, "");
    throw new CampaignInputError("Unreadable CSV", [{ position: lines ? `line ${lines}` : "file", path: "", message: said }]);
  }
  if (!records.length) throw new CampaignInputError("Empty CSV", [{ position: "line 1", path: "", message: "there is no header row" }]);

  const [header, ...body] = records as [(typeof records)[number], ...typeof records];
  const columns = header.record.map((name) => name.trim());
  const headerLine = startLine(header);
  columns.forEach((name, i) => {
    const column = `column ${i + 1}`;
    if (!name) issues.push({ position: `line ${headerLine}`, path: column, message: "has no name" });
    else if (name === FORBIDDEN) issues.push({ position: `line ${headerLine}`, path: column, message: `may not be named ${FORBIDDEN}` });
    else if (columns.indexOf(name) !== i) issues.push({ position: `line ${headerLine}`, path: column, message: `repeats the name "${name}"` });
  });
  for (const name of [chatIdColumn, ...required])
    if (!columns.includes(name)) issues.push({ position: `line ${headerLine}`, path: "", message: `has no column "${name}" (columns: ${columns.join(", ")})` });

  const recipients: Recipient[] = [];
  const lines: number[] = [];
  const chatIdAt = columns.indexOf(chatIdColumn);
  for (const entry of body) {
    const line = startLine(entry);
    const fields = entry.record;
    if (fields.length !== columns.length) {
      issues.push({ position: `line ${line}`, path: "", message: `has ${fields.length} field${fields.length === 1 ? "" : "s"}; the header has ${columns.length}` });
      continue;
    }
    if (chatIdAt >= 0 && !fields[chatIdAt]?.trim()) issues.push({ position: `line ${line}`, path: chatIdColumn, message: "is empty" });
    const row: Record<string, unknown> = {};
    columns.forEach((name, i) => name && name !== FORBIDDEN && (row[name] = fields[i]));
    if (chatIdColumn !== "chatId") row.chatId = fields[chatIdAt];
    recipients.push(row as Recipient);
    lines.push(line);
  }
  if (issues.length) throw new CampaignInputError("Bad recipients CSV", issues);
  return { recipients, columns, lines, position: (index) => `line ${lines[index] ?? "?"}` };
}

/** Reads and parses a recipients CSV file (see `parseRecipientsCsv`). */
export async function readRecipientsCsv(path: string, options?: CsvOptions): Promise<RecipientsCsv> {
  return parseRecipientsCsv(await readFile(path), options);
}

// csv-parse counts the line a record ends on; a quoted field may span lines
const startLine = ({ record, info }: { record: string[]; info: { lines: number } }) =>
  info.lines - record.reduce((n, field) => n + (field.match(/\n/g)?.length ?? 0), 0);
