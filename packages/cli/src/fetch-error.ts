import { InvalidInputError, UnfurlError } from "@linkcard/unfurl";
import { CliError } from "./cli-error.js";
import { EXIT } from "./exit-codes.js";

/** An error of checkCard as the command's end: bad params are usage errors, the rest are fetch failures. */
export function fetchFailure(error: unknown): unknown {
  if (error instanceof InvalidInputError) return new CliError(`the card's flags are wrong: ${error.message}`, EXIT.usage);
  if (error instanceof UnfurlError) return new CliError(`could not check the card: ${error.name}: ${error.message}`, EXIT.fetch);
  return error;
}
