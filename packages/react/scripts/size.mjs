// Size budget: what @linkcard/react adds to a browser bundle on top of its peers (react, TanStack Query,
// @linkcard/core), minified and gzipped. Fails over the budget.
import { fileURLToPath } from "node:url";
import { bundleSize, kb } from "../../../scripts/bundle-size.mjs";

const BUDGET = 1500; // bytes, min+gzip, peers excluded
const dir = fileURLToPath(new URL("..", import.meta.url));
const { min, gzip } = await bundleSize(`export * from "./dist/index.js";`, dir, [
  "react",
  "react/jsx-runtime",
  "@tanstack/react-query",
  "@linkcard/core",
]);
console.log(`@linkcard/react, peers excluded: ${kb(min)} min, ${kb(gzip)} min+gzip; budget ${kb(BUDGET)}: ${gzip <= BUDGET ? "OK" : "OVER"}`);
if (gzip > BUDGET) process.exit(1);
