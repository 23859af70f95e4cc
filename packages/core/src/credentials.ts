import type { Issue } from "./validate.js";
import { fieldIssue } from "./validate.js";

/** What is wrong with the credentials, by their spec rules (instance_id, access_token), saying where they come from. */
export const credentialIssues = (instanceId: unknown, accessToken: unknown, hint = ""): Issue[] =>
  (
    [
      ["instanceId", "instance_id", instanceId, "WAWP_INSTANCE_ID"],
      ["accessToken", "access_token", accessToken, "WAWP_ACCESS_TOKEN"],
    ] as const
  ).flatMap(([path, field, value, variable]) => {
    const message = fieldIssue(field, value);
    return message ? [{ path, message: `${message}: pass it, or set ${variable}${hint}` }] : [];
  });
