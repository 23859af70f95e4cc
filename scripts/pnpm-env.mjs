// The pinned pnpm (package.json "packageManager") and the locked dependencies, on a machine that may have
// only Node and npm: what `npm test` and `npm start` set up before they run anything.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";

export const root = fileURLToPath(new URL("..", import.meta.url));
const pinned = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).packageManager.replace("pnpm@", "");
const localBin = join(root, ".tools", "node_modules", ".bin");

/** The environment to run pnpm and the tools in. */
export const env = {
  ...process.env,
  PATH: `${localBin}${delimiter}${process.env.PATH}`,
  // this registry serves no signatures, so a pnpm that tries to switch versions would refuse to run
  npm_config_manage_package_manager_versions: "false",
  TURBO_TELEMETRY_DISABLED: "1",
  DO_NOT_TRACK: "1",
  REDOCLY_TELEMETRY: "off",
  REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
};

const version = () => {
  try {
    return execFileSync("pnpm", ["--version"], { env, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
  } catch {
    return undefined;
  }
};

/** Installs the pinned pnpm into .tools/ unless it is on the PATH, then the locked dependencies if missing (always on CI). */
export function setUpPnpm() {
  if (version() !== pinned) {
    console.error(`with-pnpm: installing pnpm@${pinned} into .tools/`);
    execFileSync(
      "npm",
      // npm 11 refuses --allow-scripts here, so skip scripts and run pnpm's one (it puts the native binary in place) ourselves
      ["install", "--prefix", join(root, ".tools"), "--no-save", "--ignore-scripts", "--no-audit", "--no-fund", `pnpm@${pinned}`],
      { env, stdio: "inherit" },
    );
    execFileSync(process.execPath, ["install.js"], { cwd: join(root, ".tools", "node_modules", "pnpm"), env, stdio: "inherit" });
  }
  if (!existsSync(join(root, "node_modules", ".modules.yaml")) || process.env.CI) {
    execFileSync("pnpm", ["install", "--frozen-lockfile"], { cwd: root, env, stdio: "inherit" });
  }
}
