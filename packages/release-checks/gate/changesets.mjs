// The bumps that pending changesets ask for: .changeset/*.md front matter, `"<package>": major|minor|patch`.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

const ORDER = ["none", "patch", "minor", "major"];

/** Map of package name to the highest bump any pending changeset asks for. */
export function pendingBumps(changesetDir) {
  const bumps = new Map();
  if (!existsSync(changesetDir)) return bumps;
  for (const file of readdirSync(changesetDir)) {
    if (!file.endsWith(".md") || file === "README.md") continue;
    const front = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(changesetDir, file), "utf8"));
    for (const [name, bump] of Object.entries(parse(front?.[1] ?? "") ?? {}))
      if (ORDER.indexOf(bump) > ORDER.indexOf(bumps.get(name) ?? "none")) bumps.set(name, bump);
  }
  return bumps;
}
