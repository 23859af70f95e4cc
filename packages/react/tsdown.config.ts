import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

// one file per module, so each hook keeps its "use client" directive (a bundle would drop it); the card
// is a subpath of its own, so the hooks' entry stays small
export default defineConfig({ ...base, entry: ["src/index.ts", "src/card.tsx"], unbundle: true });
