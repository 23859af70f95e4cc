// Runs the Prism CLI in this process, and ends it when the parent goes away.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const prismCli = require.resolve("@stoplight/prism-cli/dist/index.js");

// The parent holds our stdin open and never writes to it. When the parent exits, however it dies
// (a failed test, SIGKILL, a crash), the pipe closes and we exit with it: no orphaned mock servers.
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));
process.stdin.resume();

// Prism answers an invalid request with the first of 422 and 400 that the spec documents. Our spec
// documents both, and says what the API does: 400 for a malformed request, 422 for a well-formed one
// that cannot be carried out (session not working). So ask Prism for 400 first. Prism calls this
// helper through its exported object, so wrapping it here takes effect; if a Prism upgrade moves it,
// we stop at start-up rather than serve the wrong status.
const fromCli = createRequire(prismCli);
const fromServer = createRequire(fromCli.resolve("@stoplight/prism-http-server"));
const negotiator = "@stoplight/prism-http/dist/mocker/negotiator/NegotiatorHelpers.js";
for (const helpers of new Set([fromServer(negotiator).default, fromCli(negotiator).default])) {
  const negotiate = helpers?.negotiateOptionsForInvalidRequest;
  if (typeof negotiate !== "function") throw new Error("linkcard-mock: this Prism version is not supported");
  helpers.negotiateOptionsForInvalidRequest = (responses: unknown, codes: number[], exampleKey: unknown) =>
    negotiate(responses, codes[0] === 422 ? [400, ...codes.filter((c) => c !== 400)] : codes, exampleKey);
}

process.argv = [process.execPath, prismCli, ...process.argv.slice(2)];
require(prismCli);
