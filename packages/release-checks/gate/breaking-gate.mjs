// The breaking-change gate: the current spec against the last released one. A breaking change needs a
// pending major changeset for the package that carries the contract; before the first release there
// is nothing to compare with, and the gate says so and passes (the first release writes the file).
import { RELEASED_SPEC } from "../../../scripts/released-spec.mjs";
import { openapiDiffBreaking } from "./openapi-diff.mjs";
import { replayBreaking } from "./replay.mjs";
import { validRequests } from "./valid-requests.mjs";

/** The package that carries the contract: a breaking change to the spec is a major bump of it. */
export const SPEC_PACKAGE = "@linkcard/types";

/** The breaking changes from `released` to `current`: openapi-diff's, then the replay's. */
export async function breakingChanges(released, current, corpus = validRequests) {
  return [...(await openapiDiffBreaking(released, current)), ...replayBreaking(released, current, corpus)];
}

/**
 * The gate's verdict: `{ pass, message, breaking }`. `released` is undefined before the first release;
 * `bumps` maps package names to the bump their pending changesets ask for.
 */
export async function gate({ released, current, bumps }) {
  if (!released)
    return { pass: true, breaking: [], message: `No released spec (${RELEASED_SPEC}) yet: nothing to compare with. The first release writes it.` };
  return decide(await breakingChanges(released, current), bumps);
}

/** The verdict on these breaking changes given the pending bumps. */
export function decide(breaking, bumps) {
  // one change often breaks many samples: show the first few
  const SHOWN = 12;
  const list = [
    ...breaking.slice(0, SHOWN).map((change) => `  - ${change.code}: ${change.where}`),
    ...(breaking.length > SHOWN ? [`  ... and ${breaking.length - SHOWN} more`] : []),
  ].join("\n");
  if (!breaking.length) return { pass: true, breaking, message: `No breaking change since the released spec.` };
  if (bumps.get(SPEC_PACKAGE) === "major")
    return { pass: true, breaking, message: `Breaking changes since the released spec, with a major changeset for ${SPEC_PACKAGE}:\n${list}` };
  return {
    pass: false,
    breaking,
    message: `Breaking changes since the released spec, and no major changeset for ${SPEC_PACKAGE} (pnpm changeset: pick ${SPEC_PACKAGE}, major):\n${list}`,
  };
}
