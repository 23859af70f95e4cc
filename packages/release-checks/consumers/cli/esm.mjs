// The installed `linkcard` bin, as its users run it: --version, check --help, and a two-person send to
// the mock with the credentials from WAWP_* (JSON summary), then status of its journal.
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const dir = mkdtempSync(join(tmpdir(), "cli-consumer-"));
const env = { ...process.env, WAWP_INSTANCE_ID: "123456789", WAWP_ACCESS_TOKEN: "123456789", WAWP_BASE_URL: process.env.MOCK_URL };
const linkcard = (...args) => execFileSync("npx", ["--no", "--", "linkcard", ...args], { env, encoding: "utf8" });

const version = linkcard("--version").trim();
if (!linkcard("check", "--help").includes("Exit codes:")) throw new Error("linkcard check --help has no exit codes");
writeFileSync(join(dir, "people.csv"), "chatId,name\n201234567890,Ada\n201234567891,Grace\n");
const journal = join(dir, "launch.journal");
const summary = JSON.parse(linkcard("send", "--to", join(dir, "people.csv"), "--url", "https://wawp.net", "--text", "Hi {{name}}", "--journal", journal, "--per-minute", "Infinity", "--json"));
const status = JSON.parse(linkcard("status", "--journal", journal, "--json"));
console.log(JSON.stringify({ version, sent: summary.sent, messageId: status.rows[0].messageId }));
