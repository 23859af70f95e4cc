// The same tests on React 18. test/react18 is a workspace package that holds React 18 and the libraries
// that use it, as pnpm resolves them for React 18; every import of them is pointed there, so our sources,
// the built package and the libraries (whose own require()s then stay in that React 18 world) all agree.
import { fileURLToPath } from "node:url";
import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config.ts";

const on18 = (name: string) => fileURLToPath(new URL(`./test/react18/node_modules/${name}`, import.meta.url));

export default mergeConfig(
  base,
  defineConfig({
    resolve: {
      alias: ["react-dom", "react", "@testing-library/react", "@tanstack/react-query"].map((name) => ({
        find: new RegExp(`^${name}(/.*)?$`),
        replacement: `${on18(name)}$1`,
      })),
    },
    test: { env: { EXPECT_REACT: "18" }, typecheck: { enabled: false } },
  }),
);
