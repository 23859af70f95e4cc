// The README's exit-code table is the one the bin prints: same codes, same words, same order.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { EXIT_MEANINGS } from "../src/exit-codes.js";

test("the README lists every exit code with the meaning --help prints", () => {
  const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
  const rows = [...readme.matchAll(/^\| (\d+) \| (.+) \|$/gm)].map(([, code, meaning]) => [Number(code), meaning]);
  expect(rows).toEqual(EXIT_MEANINGS.map(([code, meaning]) => [code, meaning]));
});
