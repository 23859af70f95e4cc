// What a published package must and must not be: checks on an unpacked tarball (its `package/`
// folder). Each problem is a sentence naming the file; an empty list means the package is sound.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import { join, posix, relative } from "node:path";

const DEPENDENCY_FIELDS = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];
const CODE = /\.(c|m)?js$|\.d\.(c|m)?ts$/;
// what a tarball must not carry: tests, fixtures, configs, build leftovers, secrets
const FORBIDDEN = [
  [/(^|\/)(test|tests|__tests__|fixtures?|__fixtures__|__mocks__|coverage|\.turbo|node_modules)\//, "a test, fixture or build folder"],
  [/\.(test|spec)\.[cm]?[jt]sx?$|\.test-d\.tsx?$/, "a test file"],
  [/(^|\/)(tsconfig[^/]*\.json|vitest[^/]*\.config\.[cm]?[jt]s|tsdown\.config\.[cm]?[jt]s|\.npmrc|\.env[^/]*)$/, "a config file"],
  [/\.(tsbuildinfo|tgz|log)$/, "a build leftover"],
];

/** Every file under `dir`, as a posix path relative to it. */
export function listFiles(dir, base = dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path, base) : [relative(base, path).split("\\").join("/")];
  });
}

/** The problems of the unpacked package in `dir`. */
export function tarballProblems(dir) {
  const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8"));
  const files = new Set(listFiles(dir));
  const has = (path) => files.has(posix.normalize(path).replace(/^\.\//, ""));
  const problems = [];

  for (const field of DEPENDENCY_FIELDS)
    for (const [name, range] of Object.entries(manifest[field] ?? {}))
      if (String(range).startsWith("workspace:")) problems.push(`package.json ${field}["${name}"] is "${range}": a workspace range reached the registry`);

  for (const [field, target] of manifestTargets(manifest))
    if (!target.includes("*") && !has(target)) problems.push(`package.json ${field} points at ${target}, which is not in the tarball`);

  for (const file of files) {
    const why = FORBIDDEN.find(([pattern]) => pattern.test(file))?.[1];
    if (why) problems.push(`${file} is ${why}; it should not be published`);
  }

  const declared = new Set([manifest.name, ...["dependencies", "peerDependencies", "optionalDependencies"].flatMap((f) => Object.keys(manifest[f] ?? {}))]);
  for (const file of [...files].filter((f) => CODE.test(f))) {
    const code = readFileSync(join(dir, file), "utf8");
    for (const specifier of importsOf(code)) {
      if (specifier.startsWith(".")) {
        if (!resolvesTo(posix.join(posix.dirname(file), specifier), /\.d\.[cm]?ts$/.test(file), has)) problems.push(`${file} imports ${specifier}, which is not in the tarball`);
      } else if (!isBuiltin(specifier) && !declared.has(packageName(specifier)))
        problems.push(`${file} imports "${specifier}", but ${packageName(specifier)} is neither a dependency nor a peer dependency`);
    }
    const map = /\/\/# sourceMappingURL=(\S+)\s*$/.exec(code)?.[1];
    if (map && !map.startsWith("data:") && !has(posix.join(posix.dirname(file), map))) problems.push(`${file} names the source map ${map}, which is not in the tarball`);
  }

  for (const file of [...files].filter((f) => f.endsWith(".map"))) {
    const map = JSON.parse(readFileSync(join(dir, file), "utf8"));
    (map.sources ?? []).forEach((source, i) => {
      if (typeof map.sourcesContent?.[i] === "string") return; // carried inside the map
      const path = posix.join(posix.dirname(file), map.sourceRoot ?? "", source);
      if (!has(path)) problems.push(`${file} points at ${source}, which is not in the tarball (and the map does not carry its content)`);
    });
  }
  return problems;
}

/** Every file the manifest points at: main, module, types, bin and each exports target. */
function manifestTargets(manifest) {
  const targets = [];
  for (const field of ["main", "module", "types", "typings"]) if (typeof manifest[field] === "string") targets.push([field, manifest[field]]);
  const bin = typeof manifest.bin === "string" ? { [manifest.name]: manifest.bin } : (manifest.bin ?? {});
  for (const [name, path] of Object.entries(bin)) targets.push([`bin.${name}`, path]);
  const walk = (node, where) => {
    if (typeof node === "string") targets.push([where, node]);
    else if (node && typeof node === "object") for (const [key, value] of Object.entries(node)) walk(value, `${where}["${key}"]`);
  };
  walk(manifest.exports, "exports");
  return targets;
}

/** The module specifiers a JS or .d.ts file imports, comments left out (JSDoc examples import things too). */
export function importsOf(code) {
  const stripped = code.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`\\])\/\/.*$/gm, "$1");
  const specifiers = new Set();
  const patterns = [
    /\b(?:import|export)\b[^"'`;]*?\bfrom\s*["']([^"']+)["']/g,
    /\bimport\s*["']([^"']+)["']/g,
    /\b(?:import|require|require\.resolve)\s*\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of stripped.matchAll(pattern)) specifiers.add(match[1]);
  return [...specifiers];
}

const packageName = (specifier) => specifier.split("/").slice(0, specifier.startsWith("@") ? 2 : 1).join("/");
const isBuiltin = (specifier) => specifier.startsWith("node:") || builtinModules.includes(packageName(specifier)) || builtinModules.includes(specifier);

/** Whether a relative import resolves inside the tarball: for code, the file (CJS may leave the
 * extension out); for a declaration file, the declaration TypeScript reads for it. */
function resolvesTo(path, fromDeclaration, has) {
  const declaration = path.replace(/\.js$/, ".d.ts").replace(/\.cjs$/, ".d.cts").replace(/\.mjs$/, ".d.mts");
  const candidates = fromDeclaration
    ? [/\.d\.[cm]?ts$|\.json$/.test(declaration) ? declaration : `${path}.d.ts`, `${path}/index.d.ts`]
    : [path, `${path}.js`, `${path}.cjs`, `${path}/index.js`];
  return candidates.some(has);
}
