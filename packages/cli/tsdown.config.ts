import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

// a command, not a library: one ESM file for Node, its shebang kept, no declarations to publish
export default defineConfig({ ...base, entry: { bin: "src/bin.ts" }, format: ["esm"], dts: false, platform: "node", target: "node20", fixedExtension: false });
