// Parsing speed on the corpus's real heads, both readers in one run: for each page, the mean of
// ROUNDS calls (after a warm-up), then the median over the pages. Not a test: it prints numbers.
// Budget: @linkcard/unfurl ≤ 5 ms per page, and below open-graph-scraper.
import { performance } from "node:perf_hooks";
import { pages, readers } from "./corpus.mjs";

const ROUNDS = Number(process.env.ROUNDS ?? 20);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

for (const read of Object.values(readers)) for (const page of pages) await read(page); // warm-up
const perPage = Object.fromEntries(Object.keys(readers).map((name) => [name, []]));
for (const page of pages)
  // the readers take turns on each page, so a busy moment of the machine falls on both
  for (const [name, read] of Object.entries(readers)) {
    const start = performance.now();
    for (let i = 0; i < ROUNDS; i++) await read(page);
    perPage[name].push((performance.now() - start) / ROUNDS);
  }

const kb = pages.map((page) => Buffer.byteLength(page.html) / 1024);
console.log(`${pages.length} real pages' heads (median ${median(kb).toFixed(0)} KB, largest ${Math.max(...kb).toFixed(0)} KB), ${ROUNDS} rounds each, Node ${process.version}\n`);
console.log(`${"reader".padEnd(20)} ${"median ms/page".padEnd(16)} ${"p90".padEnd(8)} max`);
for (const [name, times] of Object.entries(perPage)) {
  const sorted = [...times].sort((a, b) => a - b);
  console.log(`${name.padEnd(20)} ${median(times).toFixed(2).padEnd(16)} ${sorted[Math.floor(sorted.length * 0.9)].toFixed(2).padEnd(8)} ${sorted.at(-1).toFixed(2)}`);
}
const [ours, theirs] = Object.values(perPage).map(median);
console.log(`\n@linkcard/unfurl: ${ours.toFixed(2)} ms per page (budget 5 ms): ${ours <= 5 ? "within" : "OVER"}; ${(theirs / ours).toFixed(1)}x open-graph-scraper's speed`);
