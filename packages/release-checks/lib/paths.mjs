// Where things are: the repository this package sits in, and fresh temporary folders.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
export const packageRoot = fileURLToPath(new URL("../", import.meta.url));

/** A new empty folder under the OS temp dir (outside the workspace, so no workspace config applies). */
export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), `linkcard-${prefix}-`));

export const removeDir = (dir) => dir && rmSync(dir, { recursive: true, force: true, maxRetries: 3 });
