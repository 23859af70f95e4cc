/** Ends the command: `message` goes to stderr and the process exits with `exitCode` (see exit-codes.ts). */
export class CliError extends Error {
  override name = "CliError" as const;
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}
