import { defineConfig } from "tsdown";
import base from "../../tsdown.base.ts";

// one file per module, so each hook keeps its "use client" directive (a bundle would drop it)
export default defineConfig({ ...base, unbundle: true });
