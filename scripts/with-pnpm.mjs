// Runs `pnpm <args>` on a machine that may have only Node and npm: sets up the pinned pnpm and the
// locked dependencies first, then hands over.
import { exitLike, runChild } from "./child.mjs";
import { env, root, setUpPnpm } from "./pnpm-env.mjs";

setUpPnpm();
exitLike(await runChild("pnpm", process.argv.slice(2), { cwd: root, env }));
