// Imports go one way: this private package may use the repository's scripts, never the other way (the
// release flow must not depend on its own checks), and its lib/ never uses gate/ (the gate is built on lib).
import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { expect, test } from "vitest";
import { packageRoot, repoRoot } from "../lib/paths.mjs";

/** The relative modules a file imports, resolved to paths from the repository root. */
function importsOf(file: string): string[] {
  const source = readFileSync(file, "utf8");
  const specifiers = [...source.matchAll(/\bfrom\s+["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
  return specifiers.filter((s) => s.startsWith(".")).map((s) => relative(repoRoot, resolve(dirname(file), s)));
}

const modulesIn = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter((name) => /\.(mjs|js|ts)$/.test(name))
    .map((name) => join(dir, name));

test("the repository's scripts import nothing from this package", () => {
  const here = relative(repoRoot, packageRoot);
  for (const file of modulesIn(join(repoRoot, "scripts")))
    expect(importsOf(file).filter((path) => path.startsWith(here)), relative(repoRoot, file)).toEqual([]);
});

test("lib/ imports nothing from gate/", () => {
  const gate = relative(repoRoot, join(packageRoot, "gate"));
  for (const file of modulesIn(join(packageRoot, "lib")))
    expect(importsOf(file).filter((path) => path.startsWith(gate)), relative(repoRoot, file)).toEqual([]);
});
