import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    globalSetup: ["test/global-setup.ts"],
    // Tests that start their own mock wait for Prism, which takes about 1 s idle and far longer on a busy machine.
    // Above startMockServer's own 120 s limit, so a slow start fails with its message (and Prism's output).
    testTimeout: 180_000,
    hookTimeout: 180_000,
  },
});
