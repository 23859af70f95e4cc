import { fileURLToPath } from "node:url";
import { defineConfig } from "vite";

// served by the docs server at /playground/; the proxy is at /api/linkcard on the same origin
export default defineConfig({
  root: fileURLToPath(new URL(".", import.meta.url)),
  base: "/playground/",
  build: {
    outDir: "../dist/playground",
    emptyOutDir: true,
    chunkSizeWarningLimit: 1000,
    rollupOptions: {
      // @linkcard/react's hooks say "use client" for server-rendering frameworks; a plain bundle has no use for it
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
    },
  },
  logLevel: "warn",
});
