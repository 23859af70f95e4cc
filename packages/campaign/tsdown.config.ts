import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

// Node only (a journal file, a lock, Redis); the BullMQ scale-out is its own entry, so its peers stay optional
export default defineConfig({ ...base, platform: "node", target: "node20", fixedExtension: false, entry: { index: "src/index.ts", "bullmq/index": "src/bullmq/index.ts" } });
