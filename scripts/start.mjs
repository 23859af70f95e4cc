// `npm start`: sets up pnpm and the locked dependencies, builds what the docs site needs, then runs the
// docs server (apps/docs/server.mjs) as this process's own child. No package manager sits between
// `npm start` and the server, so a signal to it reaches the server, and the server goes when it goes.
// Arguments are the server's (`npm start -- --port 9000`; or PORT=9000).
import { createRequire } from "node:module";
import { join } from "node:path";
import { exitLike, runChild } from "./child.mjs";
import { env, root, setUpPnpm } from "./pnpm-env.mjs";

setUpPnpm();
// turbo's own launcher, run by node: it passes signals on to the turbo binary
const turbo = createRequire(join(root, "package.json")).resolve("turbo/bin/turbo");
const built = await runChild(process.execPath, [turbo, "run", "build", "--filter=@linkcard/docs...", "--output-logs=errors-only"], { cwd: root, env });
if (built.code !== 0) exitLike(built);
exitLike(await runChild(process.execPath, [join(root, "apps/docs/server.mjs"), ...process.argv.slice(2)], { cwd: join(root, "apps/docs"), env }));
