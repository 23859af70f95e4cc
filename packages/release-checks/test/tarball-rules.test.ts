// The rules a published tarball is held to, each shown to catch what it is for (the release test
// applies them to the real tarballs).
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { removeDir, tempDir } from "../lib/paths.mjs";
import { importsOf, tarballProblems } from "../lib/tarball-rules.mjs";

let dir: string | undefined;
afterEach(() => removeDir(dir));

/** An unpacked package: its manifest and files. */
function unpacked(manifest: object, files: Record<string, string>) {
  dir = tempDir("tarball");
  for (const [path, text] of Object.entries({ "package.json": JSON.stringify(manifest), ...files })) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const manifest = {
  name: "@linkcard/example",
  version: "1.0.0",
  exports: { ".": { import: { types: "./dist/index.d.ts", default: "./dist/index.js" }, require: "./dist/index.cjs" } },
  main: "./dist/index.cjs",
  bin: { example: "./dist/bin.js" },
  dependencies: { "openapi-fetch": "0.17.0" },
  peerDependencies: { react: "^19" },
};
const sound = {
  "README.md": "# example",
  "dist/index.js": 'import createClient from "openapi-fetch";\nimport { useState } from "react";\nimport { x } from "./x.js";\nimport { readFile } from "node:fs";\n//# sourceMappingURL=index.js.map',
  "dist/index.js.map": JSON.stringify({ version: 3, sources: ["../src/index.ts"], sourcesContent: ["export {}"], mappings: "" }),
  "dist/x.js": "export const x = 1;",
  "dist/index.cjs": 'const { x } = require("./x.cjs");\n/** e.g. `import express from "express"` in a doc comment is no import */',
  "dist/x.cjs": "exports.x = 1;",
  "dist/index.d.ts": 'export type { X } from "./x.js";\nexport type C = import("./x.js").X;',
  "dist/x.d.ts": "export type X = 1;",
  "dist/bin.js": '#!/usr/bin/env node\nimport "./index.js";',
};

test("a sound package has no problem", () => {
  expect(tarballProblems(unpacked(manifest, sound))).toEqual([]);
});

describe("each rule catches what it is for", () => {
  const cases: [string, object, Record<string, string>, RegExp][] = [
    ["a workspace: range", { ...manifest, dependencies: { "@linkcard/types": "workspace:^" } }, sound, /dependencies\["@linkcard\/types"\] is "workspace:\^"/],
    ["a workspace: peer range", { ...manifest, peerDependencies: { "@linkcard/core": "workspace:*" } }, sound, /peerDependencies\["@linkcard\/core"\]/],
    ["an exports target missing", manifest, { ...sound, "dist/index.cjs": undefined! }, /exports\["\."\]\["require"\] points at \.\/dist\/index\.cjs/],
    ["a bin missing", manifest, { ...sound, "dist/bin.js": undefined! }, /bin\.example points at \.\/dist\/bin\.js/],
    ["a relative import missing", manifest, { ...sound, "dist/x.js": undefined! }, /dist\/index\.js imports \.\/x\.js, which is not in the tarball/],
    ["a declaration file missing", manifest, { ...sound, "dist/x.d.ts": undefined! }, /dist\/index\.d\.ts imports \.\/x\.js/],
    ["an undeclared peer", { ...manifest, peerDependencies: {} }, sound, /imports "react", but react is neither a dependency nor a peer dependency/],
    ["an undeclared dependency in a require", manifest, { ...sound, "dist/x.cjs": 'require("@tanstack/react-query")' }, /@tanstack\/react-query is neither/],
    ["a test file", manifest, { ...sound, "dist/index.test.js": "" }, /dist\/index\.test\.js is a test file/],
    ["a fixtures folder", manifest, { ...sound, "fixtures/message.json": "{}" }, /fixtures\/message\.json is a test, fixture or build folder/],
    ["a tsconfig", manifest, { ...sound, "tsconfig.json": "{}" }, /tsconfig\.json is a config file/],
    ["a source map naming a missing map", manifest, { ...sound, "dist/index.js.map": undefined! }, /names the source map index\.js\.map, which is not in the tarball/],
    [
      "a source map pointing at missing sources",
      manifest,
      { ...sound, "dist/index.js.map": JSON.stringify({ version: 3, sources: ["../src/index.ts"], mappings: "" }) },
      /dist\/index\.js\.map points at \.\.\/src\/index\.ts/,
    ],
  ];
  test.each(cases)("%s", (_, pkg, files, problem) => {
    const present = Object.fromEntries(Object.entries(files).filter(([, text]) => text !== undefined));
    const problems = tarballProblems(unpacked(pkg, present));
    expect(problems.join("\n")).toMatch(problem);
  });
});

test("imports are read from import, export, dynamic import, require and require.resolve, not from comments", () => {
  const code = [
    'import a from "a";',
    'import {\n  b,\n} from "@s/b";',
    'export * from "./c.js";',
    'import "d/side-effect";',
    'const e = await import("e");',
    'const f = require("f");',
    'const g = require.resolve("g/package.json");',
    '// import h from "h";',
    '/* require("i") */',
    'const url = "https://example.com"; import j from "j";',
  ].join("\n");
  expect(importsOf(code).sort()).toEqual(["./c.js", "@s/b", "a", "d/side-effect", "e", "f", "g/package.json", "j"]);
});
