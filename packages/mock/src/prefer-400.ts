import { createRequire } from "node:module";

const negotiator = "@stoplight/prism-http/dist/mocker/negotiator/NegotiatorHelpers.js";

/**
 * Prism answers an invalid request with the first of 422 and 400 that the spec documents. Our spec documents
 * both, and says what the API does: 400 for a malformed request, 422 for a well-formed one that cannot be
 * carried out (session not working). So ask Prism for 400 first. Prism calls this helper through its exported
 * object, so wrapping it here takes effect; if a Prism upgrade moves it, we stop at start-up rather than serve
 * the wrong status.
 */
export function preferBadRequest(prismCli: string) {
  const fromCli = createRequire(prismCli);
  const fromServer = createRequire(fromCli.resolve("@stoplight/prism-http-server"));
  for (const helpers of new Set([fromServer(negotiator).default, fromCli(negotiator).default])) {
    const negotiate = helpers?.negotiateOptionsForInvalidRequest;
    if (typeof negotiate !== "function") throw new Error("linkcard-mock: this Prism version is not supported");
    helpers.negotiateOptionsForInvalidRequest = (responses: unknown, codes: number[], exampleKey: unknown) =>
      negotiate(responses, codes[0] === 422 ? [400, ...codes.filter((c) => c !== 400)] : codes, exampleKey);
  }
}
