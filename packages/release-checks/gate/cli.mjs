#!/usr/bin/env node
// `pnpm check:breaking`, and the first step of `pnpm release`: exits 1 on a breaking spec change
// without a major changeset for @linkcard/types.
import { join } from "node:path";
import { readCurrentSpec, readReleasedSpec } from "../../../scripts/released-spec.mjs";
import { repoRoot } from "../lib/paths.mjs";
import { gate } from "./breaking-gate.mjs";
import { pendingBumps } from "./changesets.mjs";

const root = process.argv[2] ?? repoRoot;
const verdict = await gate({ released: readReleasedSpec(root), current: readCurrentSpec(root), bumps: pendingBumps(join(root, ".changeset")) });
console.log(`breaking-change gate: ${verdict.message}`);
process.exit(verdict.pass ? 0 : 1);
