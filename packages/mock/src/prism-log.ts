import { stripVTControlCharacters } from "node:util";

/** One entry of Prism's log, as its pino logger writes it. */
interface Entry {
  level?: string;
  name?: string;
  msg?: string;
  input?: { method?: string; url?: { path?: string } };
}

/** pino's label for each level in the output, rather than its number: what the lines show. */
export const labelLevels = { level: (label: string) => ({ level: label }) };

/**
 * A destination for Prism's logger that hands `onLine` each entry as one line, e.g.
 * `[HTTP SERVER] POST /v2/send/link-preview info Request received`.
 */
export function prismLog(onLine: (line: string) => void) {
  return {
    write(json: string) {
      for (const text of json.split("\n")) {
        if (!text) continue;
        let entry: Entry;
        try {
          entry = JSON.parse(text) as Entry;
        } catch {
          onLine(text);
          continue;
        }
        const request = entry.input ? `${entry.input.method?.toUpperCase()} ${entry.input.url?.path} ` : "";
        // Prism colours some messages with chalk; the lines go to a log, not a terminal
        onLine(stripVTControlCharacters(`[${entry.name ?? "PRISM"}] ${request}${entry.level ?? ""} ${entry.msg ?? ""}`));
      }
    },
  };
}
