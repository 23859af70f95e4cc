import type { SendLinkPreviewRequest } from "@linkcard/types";
import { env } from "./env.js";
import type { Issue } from "./validate.js";
import { fieldIssue } from "./validate.js";

/** Each credential: its option, its field in the request body (the spec's), and the variable it defaults to. */
export const CREDENTIALS = [
  ["instanceId", "instance_id", "WAWP_INSTANCE_ID"],
  ["accessToken", "access_token", "WAWP_ACCESS_TOKEN"],
] as const satisfies ReadonlyArray<readonly [string, keyof SendLinkPreviewRequest, string]>;

/** The request body's credential fields. */
export type CredentialField = (typeof CREDENTIALS)[number][1];
/** The body's credentials, as the client adds them. */
export type Credentials = Pick<SendLinkPreviewRequest, CredentialField>;

/**
 * The credentials from `options`, else from the environment, as body fields; every missing, empty or blank
 * one is an issue naming the option or the variable it came from.
 */
export function credentialsFrom(options: Record<string, unknown>, issues: Issue[]): Credentials {
  const body: Record<string, unknown> = {};
  for (const [option, field, variable] of CREDENTIALS) {
    const given = options[option] !== undefined;
    const value = given ? options[option] : env(variable);
    const path = given || value === undefined ? option : variable;
    const problem =
      value === undefined
        ? `is required: pass it, or set ${variable}`
        : fieldIssue(field, value) || (/^\s*$/.test(value as string) && "must not be blank");
    if (problem) issues.push({ path, message: problem });
    body[field] = value;
  }
  return body as Credentials;
}
