import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    globalSetup: ["test/global-setup.ts"],
    // one browser, one docs server: run the files one after another
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
