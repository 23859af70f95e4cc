// `linkcard send` and `linkcard status`, the built bin against a local counting upstream standing in for
// the API (the campaign's test upstream): what reaches it, what is printed, and the exit codes.
import { spawn as spawnChild } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { INSTANCE, TOKEN, tempDir } from "../../campaign/test/helpers/fixtures.js";
import { type Upstream, startUpstream } from "../../campaign/test/helpers/upstream.js";
import { png } from "../../unfurl/test/helpers/images.js";
import { serve } from "../../unfurl/test/helpers/server.js";
import { EXIT } from "../src/exit-codes.js";
import { BIN as BIN_PATH, linkcard, start } from "./helpers/cli.js";

let upstream: Upstream;
let temp: ReturnType<typeof tempDir>;
let env: Record<string, string>;
beforeEach(async () => {
  upstream = await startUpstream();
  temp = tempDir();
  env = { WAWP_INSTANCE_ID: INSTANCE, WAWP_ACCESS_TOKEN: TOKEN, WAWP_BASE_URL: upstream.url };
});
afterEach(async () => {
  await upstream.close();
  temp.remove();
});

const csv = (text: string) => {
  const path = join(temp.dir, `people-${Math.random().toString(36).slice(2)}.csv`);
  writeFileSync(path, text);
  return path;
};
const PEOPLE = "chatId,name\n+20 100 000 0001,Ada\n201000000002,Grace\n201000000001@c.us,Ada again\n201000000003,Linus\n";
const sendArgs = (to: string, ...more: string[]) => ["send", "--to", to, "--url", "https://wawp.net", "--text", "Hi {{name}}", "--journal", temp.journal, ...more];

test("sends each person once (a number and its @c.us are one), prints a line per answer and the summary; a second run sends nothing", async () => {
  const to = csv(PEOPLE);
  const first = await linkcard(sendArgs(to, "--per-minute", "Infinity"), env);
  expect(first.stderr).toBe("");
  expect(first.code).toBe(EXIT.ok);
  expect([...upstream.counts().values()]).toEqual([1, 1, 1]);
  expect(upstream.received.map((r) => r.body.text)).toEqual(["Hi Ada", "Hi Grace", "Hi Linus"]);
  expect(first.stdout).toMatch(/^\[3\/3\] 3 sent, 0 in doubt, 0 not sent \| [\d.–]+\/min \| ETA/m);
  expect(first.stdout).toMatch(/^\s+sent\s+3\s+3 in this run$/m);
  expect(first.stdout).toMatch(/^\s+duplicates dropped\s+1$/m);

  const again = await linkcard(sendArgs(to, "--per-minute", "Infinity"), env);
  expect(again.code).toBe(EXIT.ok);
  expect(upstream.received).toHaveLength(3);
  expect(again.stdout).toMatch(/^\s+skipped\s+3\s+settled by earlier runs$/m);
});

test("without --per-minute, the default pace (10 a minute) is printed before anything is sent", async () => {
  const { code, stdout } = await linkcard(sendArgs(csv("chatId,name\n201000000001,Ada\n")), env);
  expect(code).toBe(EXIT.ok);
  expect(stdout.split("\n")[0]).toBe("pace: 10 a minute, the default (--per-minute to change it)");
});

describe("bad input: every problem named with its line, exit 3, nothing sent, no journal", () => {
  test.each([
    ["a {{column}} the CSV lacks", "chatId,name\n201000000001,Ada\n", ["--text", "Hi {{firstName}}"], 'uses {{firstName}}, but there is no column "firstName" (columns: chatId, name)'],
    ["a row with a field too many, after a BOM and CRLF line ends", "\uFEFFchatId,name\r\n201000000001,Ada\r\n201000000002,Grace,extra\r\n", [], "line 3: has 3 fields; the header has 2"],
    ["a missing chatId column", "phone,name\n201000000001,Ada\n", [], 'has no column "chatId" (columns: phone, name)'],
    ["a chatId that is not a number or an id", "chatId,name\n201000000001,Ada\nnot-a-phone,Bob\n", [], "line 3: chatId"],
  ])("%s", async (_, text, extra, message) => {
    const args = ["send", "--to", csv(text), "--url", "https://wawp.net", "--journal", temp.journal, ...(extra.length ? extra : ["--text", "Hi {{name}}"])];
    const { code, stderr } = await linkcard(args, env);
    expect(code).toBe(EXIT.input);
    expect(stderr).toContain(message);
    expect(stderr).toContain("nothing was sent");
    expect(upstream.received).toHaveLength(0);
    expect(existsSync(temp.journal)).toBe(false);
  });
});

test("--chat-id-column reads the numbers from another column", async () => {
  const { code } = await linkcard(["send", "--to", csv("phone,name\n201000000001,Ada\n"), "--chat-id-column", "phone", "--url", "https://wawp.net", "--journal", temp.journal, "--per-minute", "Infinity"], env);
  expect(code).toBe(EXIT.ok);
  expect(upstream.received.map((r) => r.chatId)).toEqual(["201000000001"]);
});

describe("usage errors exit 2 before anything is read or sent", () => {
  test.each([
    [[], {}, "--journal is required"],
    [["--to", "x.csv"], {}, "--url is needed with --to"],
    [["--title", "x"], {}, "--title needs --to and --url"],
    [["--per-minute", "0"], {}, "--per-minute must be a number from 0.01 up, or Infinity"],
    [["--concurrency", "2.5"], {}, "--concurrency must be an integer from 1 to 1000"],
    [["--dry-run"], {}, "--dry-run needs --to and --url"],
  ])("send %j", async (extra, _, message) => {
    writeFileSync(temp.journal, ""); // exists, so the flags alone decide
    const { code, stderr } = await linkcard(["send", ...(extra.length ? ["--journal", temp.journal] : []), ...extra], env);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain(message);
    expect(upstream.received).toHaveLength(0);
  });

  test("WAWP_ACCESS_TOKEN not set: named, and the credentials note says why flags are not taken", async () => {
    const { code, stderr } = await linkcard(sendArgs(csv(PEOPLE)), { WAWP_INSTANCE_ID: INSTANCE, WAWP_BASE_URL: upstream.url });
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("accessToken is required: pass it, or set WAWP_ACCESS_TOKEN");
    expect(stderr).toContain("never from flags");
    expect(upstream.received).toHaveLength(0);
  });

  test("--access-token is refused, and its value printed nowhere", async () => {
    const { code, stdout, stderr } = await linkcard([...sendArgs(csv(PEOPLE)), "--access-token", TOKEN], env);
    expect(code).toBe(EXIT.usage);
    expect(stderr).toContain("--access-token: credentials are read from WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN only");
    expect(stdout + stderr).not.toContain(TOKEN);
    expect(upstream.received).toHaveLength(0);
  });
});

test("--dry-run checks the rows, lists each duplicate by line, checks the card's page, and sends and writes nothing", async () => {
  const site = await serve((request, response) => {
    if (request.url === "/card.png") return response.writeHead(200, { "content-type": "image/png" }).end(png(1200, 630));
    response.writeHead(200, { "content-type": "text/html" }).end(`<head><meta property="og:title" content="Launch"><meta property="og:description" content="Live"><meta property="og:url" content="https://example.com/"><meta property="og:image" content="${site.origin}/card.png"></head>`);
  });
  try {
    const args = ["send", "--to", csv(PEOPLE), "--url", `${site.origin}/`, "--large", "--text", "Hi {{name}}", "--journal", temp.journal, "--per-minute", "6", "--dry-run", "--dangerously-allow-private-network"];
    const { code, stdout } = await linkcard(args, {});
    expect(code, stdout).toBe(EXIT.ok);
    expect(stdout).toContain("Dry run: nothing was sent");
    expect(stdout).toContain("3 recipients, 1 duplicate dropped:");
    expect(stdout).toContain("line 4 (201000000001@c.us) is the same person as line 2");
    expect(stdout).toContain('"text":"Hi Ada"');
    expect(stdout).toContain("at 6 a minute: about 25s");
    expect(stdout).toMatch(/Card: large/);
    expect(upstream.received).toHaveLength(0);
    expect(existsSync(temp.journal)).toBe(false);
  } finally {
    await site.close();
  }
});

describe("a run that ends early says how to resume, and the resume sends only who is left", () => {
  test("Ctrl-C: sends in flight finish and are journaled, exit 130, and the printed command finishes the campaign", async () => {
    const rows = Array.from({ length: 20 }, (_, i) => `2010000001${String(i).padStart(2, "0")},P${i}`);
    const run = start(sendArgs(csv(`chatId,name\n${rows.join("\n")}\n`), "--per-minute", "60"), env);
    await upstream.until(1);
    run.child.kill("SIGINT");
    const { code, stdout, stderr } = await run.done;
    expect(code).toBe(EXIT.interrupted);
    expect(stderr).toContain("stopping: sends in flight finish and are journaled");
    const resume = /^Resume with: (.*)$/m.exec(stdout)![1]!;
    expect(resume).toBe(`linkcard send --journal ${temp.journal} --per-minute 60`);
    const sentBefore = upstream.received.length;
    expect(sentBefore).toBeLessThan(20);

    const rest = await linkcard(["send", "--journal", temp.journal, "--per-minute", "Infinity"], env);
    expect(rest.code).toBe(EXIT.ok);
    expect(upstream.counts().size).toBe(20);
    expect([...upstream.counts().values()].every((n) => n === 1)).toBe(true);
    expect(rest.stdout).toMatch(new RegExp(`^\\s+skipped\\s+${sentBefore}\\s`, "m"));
  });

  test("a daily cap reached: exit 6, 'resume tomorrow', and the cap in the resume command", async () => {
    const { code, stdout } = await linkcard(sendArgs(csv(PEOPLE), "--per-minute", "Infinity", "--daily-cap", "2"), env);
    expect(code).toBe(EXIT.stopped);
    expect(upstream.received).toHaveLength(2);
    expect(stdout).toContain("resume tomorrow");
    expect(stdout).toContain(`Resume with: linkcard send --journal ${temp.journal} --per-minute Infinity --daily-cap 2`);
  });

  test("the API refusing the token (401): exit 6 after one send, and the token printed nowhere", async () => {
    await upstream.close();
    upstream = await startUpstream(() => ({ status: 401, body: { message: `bad token ${TOKEN}` } }));
    const { code, stdout, stderr } = await linkcard(sendArgs(csv(PEOPLE), "--per-minute", "Infinity"), { ...env, WAWP_BASE_URL: upstream.url });
    expect(code).toBe(EXIT.stopped);
    expect(upstream.received).toHaveLength(1);
    expect(stdout).toContain("the API refused a send that every recipient would get alike");
    expect(stdout + stderr).not.toContain(TOKEN);
  });
});

test("an answer that may have been a send (a 500) leaves its recipient in doubt: listed, exit 1, and status reads it back", async () => {
  await upstream.close();
  upstream = await startUpstream((r) => (r.chatId === "201000000002" ? { status: 500, body: { message: "boom" } } : {}));
  env.WAWP_BASE_URL = upstream.url;
  const { code, stdout } = await linkcard(sendArgs(csv(PEOPLE), "--per-minute", "Infinity"), env);
  expect(code).toBe(EXIT.failed);
  expect(stdout).toMatch(/^\s+in doubt\s+1\s+may have arrived; resent only with --resend-in-doubt$/m);
  expect(stdout).toMatch(/^In doubt:\n\s+201000000002: 500 InternalServerError/m);

  const status = await linkcard(["status", "--journal", temp.journal]);
  expect(status.code).toBe(EXIT.ok);
  expect(status.stdout).toMatch(/^Campaign \S+, planned \S+, 1 run: done$/m);
  expect(status.stdout).toMatch(/^\s+sent\s+2\s*$/m);
  const json = JSON.parse((await linkcard(["status", "--journal", temp.journal, "--json"])).stdout);
  expect(json).toMatchObject({ sent: 2, inDoubt: [{ chatId: "201000000002" }], locked: false });

  const untouched = await linkcard(["send", "--journal", temp.journal, "--per-minute", "Infinity"], env);
  expect(untouched.code).toBe(EXIT.failed);
  const named = await linkcard(["send", "--journal", temp.journal, "--resend", "201000000009", "--per-minute", "Infinity"], env);
  expect(named.code).toBe(EXIT.input);
  expect(named.stderr).toContain("201000000009 is not in doubt in this journal");
  expect(upstream.counts().get("201000000002")).toBe(1); // neither run resent it: not asked for, then not named
  const resent = await linkcard(["send", "--journal", temp.journal, "--resend", "201000000002", "--per-minute", "Infinity"], env);
  expect(resent.code).toBe(EXIT.failed); // the upstream still fails it
  expect(upstream.counts().get("201000000002")).toBe(2);
  const all = await linkcard(["send", "--journal", temp.journal, "--resend-in-doubt", "--per-minute", "Infinity"], env);
  expect(all.code).toBe(EXIT.failed);
  expect(upstream.counts().get("201000000002")).toBe(3);
  expect(upstream.received).toHaveLength(5);
});

test("a changed CSV on the same journal is refused (exit 5) and nothing is sent", async () => {
  expect((await linkcard(sendArgs(csv(PEOPLE), "--per-minute", "Infinity"), env)).code).toBe(EXIT.ok);
  const { code, stderr } = await linkcard(sendArgs(csv(`${PEOPLE}201000000009,New\n`), "--per-minute", "Infinity"), env);
  expect(code).toBe(EXIT.journal);
  expect(stderr).toContain("JournalMismatchError");
  expect(upstream.received).toHaveLength(3);
});

test("status of a journal that does not exist: exit 5", async () => {
  const { code, stderr } = await linkcard(["status", "--journal", join(temp.dir, "none.journal")]);
  expect(code).toBe(EXIT.journal);
  expect(stderr).toContain("does not exist");
});

test("on a terminal, a progress bar (cli-progress) shows sent, in doubt, not sent, the rate and the ETA", async () => {
  const to = csv(PEOPLE);
  const command = ["node", BIN_PATH, ...sendArgs(to, "--per-minute", "Infinity")].map((w) => `'${w}'`).join(" ");
  // util-linux's script gives the command a pseudo-terminal
  const run = await new Promise<{ code: number | null; out: string }>((resolve) => {
    const child = spawnChild("script", ["-qefc", command, "/dev/null"], { env: { ...process.env, ...env, TERM: "xterm" } });
    let out = "";
    child.stdout.on("data", (c) => (out += c));
    child.on("close", (code) => resolve({ code, out }));
  });
  expect(run.code).toBe(EXIT.ok);
  expect(run.out).toMatch(/█+ 3\/3 \| 3 sent, 0 in doubt, 0 not sent \| [\d.–]+\/min \| ETA/);
  expect(upstream.received).toHaveLength(3);
});
