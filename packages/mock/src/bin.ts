#!/usr/bin/env node
// linkcard-mock: serve the contract with Prism until interrupted.
import { parseArgs } from "node:util";
import { startMockServer } from "./index.js";
import { optionErrors } from "./options.js";

const usage = `Usage: linkcard-mock [--port N] [--host ADDR] [--dynamic] [--spec FILE]

Serves a Prism mock of Wawp's POST /v2/send/link-preview (the bundled @linkcard/types spec).
  --port N      port to listen on (default 4010; 0 picks a free one)
  --host ADDR   address to listen on (default 127.0.0.1)
  --dynamic     answer with random data from the schemas instead of the examples
  --spec FILE   serve another OpenAPI document
  --quiet       do not print Prism's request log
`;

function fail(message: string): never {
  process.stderr.write(`linkcard-mock: ${message}\n\n${usage}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      port: { type: "string", default: "4010" },
      host: { type: "string" },
      dynamic: { type: "boolean" },
      spec: { type: "string" },
      quiet: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(usage);
  process.exit(0);
}

const port = /^\d+$/.test(values.port) ? Number(values.port) : Number.NaN;
const options = { port, host: values.host, dynamic: values.dynamic, spec: values.spec };
const errors = optionErrors(options).map((e) => `--${e}`);
if (errors.length) fail(errors.join("\n"));

const log = (line: string) => process.stdout.write(`${line}\n`);
const server = await startMockServer({ ...options, onLog: values.quiet ? undefined : log }).catch((error: Error) => {
  process.stderr.write(`linkcard-mock: ${error.message}\n`);
  process.exit(1);
});
log(`linkcard mock listening on ${server.url}  (POST ${server.url}/v2/send/link-preview; Ctrl+C stops)`);

const shutdown = async () => {
  await server.stop();
  process.exit(0);
};
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
