// The mock's own process: the front server on the public address and Prism behind it, both ending when
// the parent goes away. Usage: mock-process.js --host H --port P --spec FILE [--dynamic]
import type { AddressInfo } from "node:net";
import { parseArgs } from "node:util";
import { createFrontHandler } from "./front-handler.js";
import { createFrontServer } from "./front-server.js";
import { originOf } from "./origin.js";

// The parent holds our stdin open and never writes to it. When the parent exits, however it dies
// (a failed test, SIGKILL, a crash), the pipe closes and we exit with it: no orphaned mock servers.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

const log = (line: string) => process.stdout.write(`${line}\n`);
const fail = (message: string): never => {
  process.stderr.write(`linkcard-mock: ${message}\n`);
  process.exit(1);
};

const { values } = parseArgs({
  options: {
    host: { type: "string", default: "127.0.0.1" },
    port: { type: "string", default: "4010" },
    spec: { type: "string" },
    dynamic: { type: "boolean", default: false },
  },
});
const spec = values.spec ?? fail("--spec is required");

// Bind the public address before Prism loads (most of the start-up): a taken port fails at once, with a
// message that startMockServer recognises, and the public port is the only one a client is ever told about.
const front = createFrontServer(originOf(values.host, Number(values.port)));
await new Promise<void>((resolve, reject) => {
  front.server.once("error", reject);
  front.server.listen(Number(values.port), values.host, resolve);
}).catch((error: Error) => fail(error.message));
const url = originOf(values.host, (front.server.address() as AddressInfo).port);
// the port is ours: the parent may probe it now (before, another server on it could answer for us)
process.send?.("bound");

const { startPrism } = await import("./prism-server.js");
const prism = await startPrism(spec, values.dynamic, log).catch((error: Error) => fail(`Prism could not start: ${error.message}`));
front.serve(createFrontHandler(prism, log));
for (const operation of prism.operations) log(`${operation.method.toUpperCase().padEnd(10)} ${url}${operation.path}`);
log(`Prism is listening on ${url}`);
