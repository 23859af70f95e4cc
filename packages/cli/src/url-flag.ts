import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";

/** An absolute http(s) URL, or a usage error naming the flag. The URL is not quoted: it may hold a password. */
export function urlFlag(name: string, value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {}
  if (!url || (url.protocol !== "http:" && url.protocol !== "https:")) throw new CliError(`${name} must be an absolute http:// or https:// URL`, EXIT.usage);
  return value;
}
