import { defineConfig } from "vitest/config";

// The release flow end to end (.ci/run runs it after the suite): tools come from npm, packages are
// built, published and installed. Limits leave room for a cold npm cache on a busy 2-core machine;
// they are there so a hang fails, not to measure speed.
export default defineConfig({
  test: {
    include: ["test/release/*.test.ts"],
    testTimeout: 600_000,
    hookTimeout: 900_000,
    // the install test and the runtime matrix run side by side: one waits on npm while the other builds
    fileParallelism: true,
    maxWorkers: 2,
  },
});
