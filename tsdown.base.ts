import { defineConfig } from "tsdown";

/** The build of a published library: ESM + CJS + .d.ts, for every runtime (no Node built-ins assumed). */
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm", "cjs"],
  dts: true,
  platform: "neutral",
  target: "es2022",
});
