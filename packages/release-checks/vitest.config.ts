import { defineConfig } from "vitest/config";

// The quick checks, part of `npm test`: the breaking-change gate, the workflows' lint, the tarball rules.
export default defineConfig({
  test: {
    include: ["test/*.test.ts"],
    testTimeout: 60_000,
  },
});
