// Builds the docs site into dist/: the reference, the playground, and the site's own pages.
import { fileURLToPath } from "node:url";
import { rmSync } from "node:fs";
import { build } from "vite";
import { buildPages } from "../src/pages.mjs";
import { buildReference } from "../src/reference.mjs";

const dist = fileURLToPath(new URL("../dist", import.meta.url));
rmSync(dist, { recursive: true, force: true });
buildReference(`${dist}/reference`);
buildPages(dist);
await build({ configFile: fileURLToPath(new URL("../playground/vite.config.ts", import.meta.url)) });
console.log(`docs: built ${dist}`);
