import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // each test spawns the built bin and waits on it and a local server, not on the CPU
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
