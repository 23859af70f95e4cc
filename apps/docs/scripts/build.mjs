// Builds the docs site into dist/: the reference, the playground, and the site's own pages.
import { rmSync } from "node:fs";
import { build } from "vite";
import { buildPages } from "../src/pages.mjs";
import { buildReference } from "../src/reference.mjs";

const dist = new URL("../dist", import.meta.url).pathname;
rmSync(dist, { recursive: true, force: true });
buildReference(`${dist}/reference`);
buildPages(dist);
await build({ configFile: new URL("../playground/vite.config.ts", import.meta.url).pathname });
console.log(`docs: built ${dist}`);
