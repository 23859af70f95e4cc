// What the mock answers a valid send with: the first example of the spec's 200 response (Prism's static
// mode), so the checks expect the message id the spec states rather than a copy of it.
import { readCurrentSpec } from "../../../scripts/released-spec.mjs";

const spec = readCurrentSpec();
const [first] = Object.values(spec.paths["/v2/send/link-preview"].post.responses["200"].content["application/json"].examples);
const example = first.$ref ? spec.components.examples[first.$ref.split("/").pop()] : first;

/** The `id._serialized` of the message the mock returns for a send. */
export const sentMessageId = example.value.id._serialized;
