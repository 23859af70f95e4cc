import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { CampaignInputError, compileTemplate, parseRecipientsCsv, planCampaign, readRecipientsCsv, runCampaign, templateColumns } from "../src/index.js";
import { card, clientOf, tempDir } from "./helpers/fixtures.js";
import { type Upstream, startUpstream } from "./helpers/upstream.js";

let upstream: Upstream | undefined;
let temp: ReturnType<typeof tempDir> | undefined;
afterEach(async () => {
  await upstream?.close();
  temp?.remove();
  upstream = temp = undefined;
});

const BOM = "\ufeff";
const csv = (...lines: string[]) => BOM + lines.join("\r\n") + "\r\n";

describe("a recipients CSV", () => {
  test("with a BOM and CRLF reads clean: columns, rows and their lines (a quoted field may span lines)", () => {
    const read = parseRecipientsCsv(csv("chatId,name", "201234567890,Ada", "", '201234567891,"Grace', 'Hopper"', "201234567892,Linus"));
    expect(read.columns).toEqual(["chatId", "name"]);
    expect(read.recipients).toEqual([
      { chatId: "201234567890", name: "Ada" },
      { chatId: "201234567891", name: "Grace\nHopper" },
      { chatId: "201234567892", name: "Linus" },
    ]);
    expect(read.lines).toEqual([2, 4, 6]);
    expect(read.position(1)).toBe("line 4");
  });

  test("names every structural problem by its line: a missing column, extra fields, an empty chatId, a bad header", () => {
    const error = (() => {
      try {
        parseRecipientsCsv(csv("chatId,name,__proto__,name", "201234567890,Ada,x,y", "201234567891,Grace", ",Linus,x,y", "201234567893,A,B,C,D"), { columns: ["city"] });
      } catch (e) {
        return e as CampaignInputError;
      }
    })();
    expect(error).toBeInstanceOf(CampaignInputError);
    expect(error!.issues).toEqual([
      { position: "line 1", path: "column 3", message: "may not be named __proto__" },
      { position: "line 1", path: "column 4", message: 'repeats the name "name"' },
      { position: "line 1", path: "", message: 'has no column "city" (columns: chatId, name, __proto__, name)' },
      { position: "line 3", path: "", message: "has 2 fields; the header has 4" },
      { position: "line 4", path: "chatId", message: "is empty" },
      { position: "line 5", path: "", message: "has 5 fields; the header has 4" },
    ]);
    expect(error!.message).toMatch(/line 3: has 2 fields/);
  });

  test("broken quoting is named with its line; an empty file has no header", () => {
    expect(() => parseRecipientsCsv('chatId,name\n201234567890,"Ada\n')).toThrow(/line 2: a quote opened on this line is never closed/);
    expect(() => parseRecipientsCsv(BOM)).toThrow(/there is no header row/);
  });

  test("bad rows and duplicates are named by line, and nothing is sent", async () => {
    upstream = await startUpstream();
    temp = tempDir();
    const path = join(temp.dir, "people.csv");
    writeFileSync(path, csv("chatId,name", "201234567890,Ada", "+20 123 456 7890,Ada again", "12345,Short", "201234567891,Grace", "201234567891@c.us,Grace again"));
    const people = await readRecipientsCsv(path);
    const text = compileTemplate("Hi {{ name }}!", people.columns);
    const plan = await planCampaign({ recipients: people.recipients, card: (r) => ({ ...card, text: text(r) }), position: people.position });
    expect(plan.issues).toEqual([{ position: "line 4", path: "chatId", message: expect.stringMatching(/must be a phone number/) }]);
    expect(plan.duplicates).toEqual([
      { position: "line 3", chatId: "+20 123 456 7890", keptPosition: "line 2" },
      { position: "line 6", chatId: "201234567891@c.us", keptPosition: "line 5" },
    ]);
    const error = await runCampaign({ client: clientOf(upstream.url), recipients: people.recipients, card: (r) => ({ ...card, text: text(r) }), position: people.position, journal: temp.journal }).catch((e) => e);
    expect(error.message).toMatch(/Bad campaign input: nothing was sent.\n {2}line 4: chatId must be a phone number/);
    expect(upstream.received).toHaveLength(0);
  });

  test("a dry-run plan freezes each recipient's card and sends nothing", async () => {
    const people = parseRecipientsCsv(csv("chatId,name", "201234567890,Ada", "201234567891,Grace", "201234567892,Ada"));
    const text = compileTemplate("Hi {{name}}", people.columns);
    const plan = await planCampaign({ recipients: people.recipients, card: (r) => ({ ...card, text: text(r) }) });
    expect(plan.rows).toEqual([
      { chatId: "201234567890", card: 0 },
      { chatId: "201234567891", card: 1 },
      { chatId: "201234567892", card: 0 },
    ]);
    expect(plan.cards.map((c) => c.text)).toEqual(["Hi Ada", "Hi Grace"]);
    expect(plan.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("a --text template", () => {
  test("renders columns; an unknown column, an empty {{}} or an unclosed {{ is an error before any send", () => {
    expect(templateColumns("Hi {{name}}, {{ city }} and {{name}}")).toEqual(["name", "city"]);
    expect(compileTemplate("Hi {{name}} from {{city}}", ["chatId", "name", "city"])({ chatId: "1", name: "Ada", city: null })).toBe("Hi Ada from ");
    expect(() => compileTemplate("Hi {{nmae}}", ["chatId", "name"])).toThrow(/uses \{\{nmae\}\}, but there is no column "nmae" \(columns: chatId, name\)/);
    expect(() => compileTemplate("Hi {{}}", ["name"])).toThrow(/empty \{\{\}\}/);
    expect(() => compileTemplate("Hi {{name", ["name"])).toThrow(/unclosed/);
    // only the row's own fields are read
    expect(compileTemplate("{{constructor}}", ["constructor"])({ chatId: "1" })).toBe("");
  });
});
