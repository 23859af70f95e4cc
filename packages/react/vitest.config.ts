import { defineConfig } from "vitest/config";

export default defineConfig({
  esbuild: { jsx: "automatic" },
  test: {
    include: ["test/**/*.test.{ts,tsx}"],
    environment: "happy-dom",
    globalSetup: ["test/global-setup.ts"],
    setupFiles: ["test/setup.ts"],
    testTimeout: 60_000,
    env: { EXPECT_REACT: "19" },
    hookTimeout: 180_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.{ts,tsx}"], tsconfig: "tsconfig.test.json" },
  },
});
