import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

// server side: it opens sockets and resolves names, so Node's built-ins are its platform
export default defineConfig({ ...base, platform: "node", fixedExtension: false });
