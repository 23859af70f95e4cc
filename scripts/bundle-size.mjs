// What a module adds to a browser bundle: esbuild, minified, then gzip -9. Used by the packages' size budgets.
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The minified and the min+gzip size of bundling `contents` (ESM source), leaving `external` modules out. */
export async function bundleSize(contents, resolveDir, external = []) {
  const result = await build({
    stdin: { contents, resolveDir, loader: "js" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    external,
    write: false,
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

export const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
