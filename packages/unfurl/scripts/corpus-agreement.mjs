// How often each reader agrees with what a person reads on the corpus's real pages: per field, and
// pages where all three agree; exactly, and with white space collapsed on both sides (what a person
// sees of a value that is not trimmed). Prints both tables and each disagreement. Not a test.
import { pages, readers } from "./corpus.mjs";

const FIELDS = ["title", "description", "image"];
const collapse = (value) => (typeof value === "string" ? value.replace(/[ \t\n\f\r]+/g, " ").trim() : value);
const tables = { exactly: [], "white space collapsed": [] };
const misses = {};
for (const [name, read] of Object.entries(readers)) {
  const results = await Promise.all(pages.map(async (page) => [page, await read(page)]));
  for (const [how, same] of [
    ["exactly", (a, b) => a === b],
    ["white space collapsed", (a, b) => collapse(a) === collapse(b)],
  ]) {
    const agree = { title: 0, description: 0, image: 0, all: 0 };
    for (const [page, got] of results) {
      const ok = FIELDS.filter((field) => same(got[field], page.expected[field]));
      for (const field of ok) agree[field]++;
      if (ok.length === FIELDS.length) agree.all++;
      if (how === "exactly")
        for (const field of FIELDS.filter((f) => !ok.includes(f)))
          (misses[name] ??= []).push(`${page.file} ${field}: expected ${JSON.stringify(page.expected[field])?.slice(0, 90)}, got ${JSON.stringify(got[field])?.slice(0, 90)}`);
    }
    tables[how].push([name, ...FIELDS.map((field) => agree[field]), agree.all]);
  }
}

const n = pages.length;
const cell = (count) => `${count}/${n} (${((100 * count) / n).toFixed(0)}%)`;
console.log(`agreement with what a person reads, on ${n} real pages' <head>s (test/corpus)`);
for (const [how, rows] of Object.entries(tables)) {
  console.log(`\n${how}:`);
  console.log(["reader".padEnd(20), ...[...FIELDS, "all three"].map((f) => f.padEnd(14))].join(" "));
  for (const [name, ...counts] of rows) console.log([name.padEnd(20), ...counts.map((c) => cell(c).padEnd(14))].join(" "));
}
for (const name of Object.keys(readers)) {
  const list = misses[name] ?? [];
  console.log(`\n${name}: ${list.length} disagreement(s)`);
  for (const line of list) console.log(`  ${line}`);
}
