// Size budgets: what @linkcard/react's entries add to a browser bundle on top of their peers (react,
// TanStack Query, @linkcard/core), minified and gzipped. Fails over a budget.
import { fileURLToPath } from "node:url";
import { bundleSize, kb } from "../../../scripts/bundle-size.mjs";

const PEERS = ["react", "react/jsx-runtime", "@tanstack/react-query", "@linkcard/core"];
const BUDGETS = { "@linkcard/react (hooks)": [1500, "./dist/index.js"], "@linkcard/react/card": [2000, "./dist/card.js"] };
const dir = fileURLToPath(new URL("..", import.meta.url));
let over = false;
for (const [name, [budget, file]] of Object.entries(BUDGETS)) {
  const { min, gzip } = await bundleSize(`export * from "${file}";`, dir, PEERS);
  console.log(`${name}, peers excluded: ${kb(min)} min, ${kb(gzip)} min+gzip; budget ${kb(budget)}: ${gzip <= budget ? "OK" : "OVER"}`);
  over ||= gzip > budget;
}
if (over) process.exit(1);
