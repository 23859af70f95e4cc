import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

// two entries: the client (every runtime), and ./server, the proxy handler (kept out of the client's bundle)
export default defineConfig({ ...base, entry: { index: "src/index.ts", "server/index": "src/server/index.ts" }, dts: { eager: true } });
