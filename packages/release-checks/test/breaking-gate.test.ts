// The breaking-change gate: on the repository's own spec, and on mutated copies of it (the current spec
// playing the released one), each kind of breaking change fails without a major changeset.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import { afterAll, describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { decide, gate } from "../gate/breaking-gate.mjs";
import { pendingBumps } from "../gate/changesets.mjs";
import { replayBreaking } from "../gate/replay.mjs";
import { RELEASED_SPEC, readCurrentSpec, readReleasedSpec } from "../../../scripts/released-spec.mjs";
import { validRequests } from "../gate/valid-requests.mjs";
import { removeDir, repoRoot, tempDir } from "../lib/paths.mjs";
import { run } from "../lib/processes.mjs";

type Spec = ReturnType<typeof readCurrentSpec>;
const current: Spec = readCurrentSpec();
const changed = (change: (spec: Spec) => void) => {
  const copy = structuredClone(current);
  change(copy);
  return copy;
};
const request = (spec: Spec) => spec.components.schemas.SendLinkPreviewRequest;
const message = (spec: Spec) => spec.components.schemas.Message;
const noChangesets = new Map<string, string>();
const majorForTypes = new Map([["@linkcard/types", "major"]]);

describe("the repository's spec", () => {
  test("passes the gate against the last released spec, or says there is none yet", async () => {
    const released = readReleasedSpec();
    const verdict = await gate({ released, current, bumps: pendingBumps(join(repoRoot, ".changeset")) });
    expect(verdict.pass, verdict.message).toBe(true);
    if (!released) expect(verdict.message).toBe(`No released spec (${RELEASED_SPEC}) yet: nothing to compare with. The first release writes it.`);
  });

  test("every request of the replay corpus is valid under it (the corpus does not go stale)", () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.addSchema(current, "spec").compile({ $ref: "spec#/components/schemas/SendLinkPreviewRequest" });
    for (const body of validRequests) expect(validate(body), `${JSON.stringify(body).slice(0, 200)}: ${ajv.errorsText(validate.errors)}`).toBe(true);
  });
});

describe("the gate, with the current spec as the released one", () => {
  test("an unchanged spec has no breaking change", async () => {
    expect((await gate({ released: current, current, bumps: noChangesets })).breaking).toEqual([]);
  });

  test("an optional request field added passes", async () => {
    const next = changed((spec) => (request(spec).properties.previewLanguage = { type: "string", maxLength: 8, examples: ["en"] }));
    const verdict = await gate({ released: current, current: next, bumps: noChangesets });
    expect(verdict.breaking).toEqual([]);
    expect(verdict.pass).toBe(true);
  });

  const breaking: [string, (spec: Spec) => void, string][] = [
    [
      "a required request field added",
      (spec) => {
        request(spec).properties.campaign = { type: "string" };
        request(spec).required.push("campaign");
      },
      "request.body.scope.remove",
    ],
    ["text's maxLength lowered", (spec) => (request(spec).properties.text.maxLength = 1024), "request.body.scope.remove"],
    // openapi-diff reports no change for a tightened pattern: the replay of examples and corpus does
    ["chatId's pattern narrowed", (spec) => (request(spec).properties.chatId.pattern = "^[0-9]{7,15}@c\\.us$"), "request.refused"],
    [
      "a response field dropped",
      (spec) => {
        delete message(spec).properties.body;
        message(spec).required = message(spec).required.filter((name: string) => name !== "body");
      },
      "response.body.scope.add",
    ],
    ["a request field removed", (spec) => delete request(spec).properties.title, "request.body.scope.remove"],
    ["reply_to no longer nullable", (spec) => (request(spec).properties.reply_to.type = "string"), "request.body.scope.remove"],
    ["a response field that may now be null", (spec) => (message(spec).properties.body.type = ["string", "null"]), "response.body.scope.add"],
  ];

  test.each(breaking)("%s fails without a major changeset for @linkcard/types, and passes with one", async (_, change, code) => {
    const next = changed(change);
    const verdict = await gate({ released: current, current: next, bumps: noChangesets });
    expect(verdict.pass).toBe(false);
    expect(verdict.breaking.map((b: { code: string }) => b.code)).toContain(code);
    expect(verdict.message).toContain("no major changeset for @linkcard/types");

    expect(decide(verdict.breaking, new Map([["@linkcard/types", "minor"], ["@linkcard/core", "major"]])).pass).toBe(false);
    expect(decide(verdict.breaking, majorForTypes).pass).toBe(true);
  });

  test("a pattern narrowed where no spec example shows it (no more @broadcast lists) is caught by the corpus", () => {
    const pattern = request(current).properties.chatId.pattern.replace("|broadcast)", ")");
    expect(pattern).not.toBe(request(current).properties.chatId.pattern);
    const next = changed((spec) => (request(spec).properties.chatId.pattern = pattern));
    expect(replayBreaking(current, next, [])).toEqual([]);
    expect(replayBreaking(current, next, validRequests).map((b: { where: string }) => b.where).join("\n")).toContain('"chatId":"1609459200@broadcast"');
  });

  test("a response example the released schema refuses (a new ack value type) is caught", () => {
    const next = changed((spec) => {
      message(spec).properties.ack = { type: "string" };
      spec.components.examples.LinkPreviewMessage.value.ack = "sent";
    });
    expect(replayBreaking(current, next, []).map((b: { code: string }) => b.code)).toContain("response.unexpected");
  });
});

describe("the command (pnpm check:breaking)", () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach(removeDir));

  /** A repository root with this spec as current, `released` as released, and these changesets. */
  const repo = (spec: Spec, released?: Spec, changesets: Record<string, string> = {}) => {
    const root = tempDir("gate");
    roots.push(root);
    mkdirSync(join(root, "spec/released"), { recursive: true });
    mkdirSync(join(root, ".changeset"));
    writeFileSync(join(root, "spec/openapi.yaml"), stringify(spec));
    if (released) writeFileSync(join(root, RELEASED_SPEC), JSON.stringify(released));
    for (const [name, body] of Object.entries(changesets)) writeFileSync(join(root, ".changeset", name), body);
    return root;
  };
  const cli = (root: string) => run(process.execPath, [fileURLToPath(new URL("../gate/cli.mjs", import.meta.url)), root], { allowFailure: true });
  const narrowed = changed((spec) => (request(spec).properties.text.maxLength = 100));

  test("before the first release: says so and exits 0", async () => {
    const { code, stdout } = await cli(repo(current));
    expect(stdout).toContain("No released spec (spec/released/openapi.json) yet");
    expect(code).toBe(0);
  });

  test("a breaking change without a major changeset: lists it and exits 1", async () => {
    const { code, stdout } = await cli(repo(narrowed, current, { "a.md": '---\n"@linkcard/types": minor\n---\n\nShorter texts.\n' }));
    expect(stdout).toContain("request.body.scope.remove");
    expect(code).toBe(1);
  });

  test("the same change with a major changeset: exits 0", async () => {
    const changesets = { "a.md": '---\n"@linkcard/types": minor\n---\n\nx\n', "b.md": '---\n"@linkcard/types": major\n"@linkcard/core": minor\n---\n\nShorter texts.\n' };
    const { code, stdout } = await cli(repo(narrowed, current, changesets));
    expect(stdout).toContain("with a major changeset for @linkcard/types");
    expect(code).toBe(0);
  });
});

test("pendingBumps keeps the highest bump per package and skips the README", () => {
  const dir = tempDir("changesets");
  try {
    writeFileSync(join(dir, "README.md"), '---\n"@linkcard/types": major\n---\n');
    writeFileSync(join(dir, "one.md"), '---\n"@linkcard/types": patch\n"@linkcard/core": major\n---\n\nOne.\n');
    writeFileSync(join(dir, "two.md"), "---\n'@linkcard/types': minor\n---\n\nTwo.\n");
    expect(Object.fromEntries(pendingBumps(dir))).toEqual({ "@linkcard/types": "minor", "@linkcard/core": "major" });
  } finally {
    removeDir(dir);
  }
});
