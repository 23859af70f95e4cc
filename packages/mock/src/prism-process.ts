// Runs Prism in this process, behind a small HTTP server on the public address, and ends both when the
// parent goes away. Usage: prism-process.js --host H --port P --spec FILE [--dynamic]
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createFrontServer } from "./front-server.js";
import { originOf } from "./origin.js";
import { preferBadRequest } from "./prefer-400.js";
import { rewritePrismOutput } from "./prism-output.js";

const require = createRequire(import.meta.url);
const prismCli = require.resolve("@stoplight/prism-cli/dist/index.js");

// The parent holds our stdin open and never writes to it. When the parent exits, however it dies
// (a failed test, SIGKILL, a crash), the pipe closes and we exit with it: no orphaned mock servers.
// Prism and the front server live in this one process, so they go together.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "4010" },
    spec: { type: "string" },
    dynamic: { type: "boolean", default: false },
  },
});
if (!values.spec) throw new Error("linkcard-mock: --spec is required");

preferBadRequest(prismCli);

let prism: URL | undefined;
const front = createFrontServer(
  () => prism,
  (line) => process.stdout.write(`${line}\n`),
);
// Bind the public address before Prism loads (2–3 s): a taken port fails at once, with a message that
// startMockServer recognises, and the public port is the only one a client is ever told about.
await new Promise<void>((resolve, reject) => {
  front.once("error", reject);
  front.listen(Number(values.port), values.host, resolve);
}).catch((error: Error) => {
  process.stderr.write(`linkcard-mock: ${error.message}\n`);
  process.exit(1);
});
const publicUrl = originOf(values.host, (front.address() as AddressInfo).port);
rewritePrismOutput(process.stdout, publicUrl, (url) => (prism = url));

// Prism itself on a port the OS picks, on loopback: only the front server talks to it
const prismArgs = ["mock", values.spec, "--host", "127.0.0.1", "--port", "0", "--multiprocess=false"];
if (values.dynamic) prismArgs.push("--dynamic");
process.argv = [process.execPath, prismCli, ...prismArgs];
require(prismCli);
