// The contract as it is now (spec/openapi.yaml) and as it was last released (spec/released/openapi.json,
// which the release flow writes when it versions the packages, for the next breaking-change gate).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

export const CURRENT_SPEC = "spec/openapi.yaml";
export const RELEASED_SPEC = "spec/released/openapi.json";

export const readCurrentSpec = (root = repoRoot) => parse(readFileSync(join(root, CURRENT_SPEC), "utf8"));

/** The released spec, or undefined before the first release. */
export function readReleasedSpec(root = repoRoot) {
  const file = join(root, RELEASED_SPEC);
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : undefined;
}

/** Records the current spec as the released one (the release flow calls this when it versions). */
export function writeReleasedSpec(root = repoRoot) {
  const file = join(root, RELEASED_SPEC);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(readCurrentSpec(root), null, 2)}\n`);
  return file;
}
