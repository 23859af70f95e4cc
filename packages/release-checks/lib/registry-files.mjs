// What the local registry holds for a package: its manifest as published, and its tarball unpacked.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { tempDir } from "./paths.mjs";
import { run } from "./processes.mjs";

/** The manifest of `name@version` as the registry serves it (what npm and pnpm install from). */
export async function publishedManifest(registryUrl, name, version) {
  const response = await fetch(`${registryUrl}${name.replace("/", "%2f")}`);
  if (!response.ok) throw new Error(`${name}: the registry answered ${response.status}`);
  const manifest = (await response.json()).versions?.[version];
  if (!manifest) throw new Error(`${name}@${version} is not on the registry`);
  return manifest;
}

/** Downloads and unpacks the tarball of a published manifest; resolves to the temp folder holding package/. */
export async function unpackTarball(manifest) {
  const dir = tempDir("tarball");
  const response = await fetch(manifest.dist.tarball);
  if (!response.ok) throw new Error(`${manifest.dist.tarball}: ${response.status}`);
  writeFileSync(join(dir, "package.tgz"), Buffer.from(await response.arrayBuffer()));
  await run("tar", ["-xzf", "package.tgz"], { cwd: dir });
  return dir;
}
