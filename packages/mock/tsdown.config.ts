import { defineConfig } from "tsdown";

export default defineConfig({
  entry: ["src/index.ts", "src/bin.ts", "src/mock-process.ts"],
  format: ["esm"],
  dts: true,
  platform: "node",
  fixedExtension: false,
  target: "node20",
});
