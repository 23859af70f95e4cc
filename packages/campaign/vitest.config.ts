import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // the long files (the crash test, the BullMQ workers, the example) mostly wait on their child
    // processes, a lock going stale and BullMQ's stall checks, not on the CPU: run them side by side
    maxWorkers: 4,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ["test/**/*.test-d.ts"], tsconfig: "tsconfig.test.json" },
  },
});
