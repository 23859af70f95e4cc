// The reference's code samples, made runnable against the mock: the production URL swapped for the
// mock's, the placeholder credentials for the spec example's. Written under .samples/ (git-ignored).
import { mkdirSync, writeFileSync } from "node:fs";
import { referenceSpec } from "../src/reference.mjs";
import { PLACEHOLDERS } from "../src/samples.mjs";

export const spec = referenceSpec();
const operation = spec.paths["/v2/send/link-preview"].post;
const [card] = Object.values(operation.requestBody.content["application/json"].examples) as Array<{ value: Record<string, string> }>;

/** The sample with this label, as the reference shows it. */
export const sample = (label: string): string => {
  const found = (operation["x-codeSamples"] as Array<{ label: string; source: string }>).find((s) => s.label === label);
  if (!found) throw new Error(`no sample ${label}`);
  return found.source;
};

/** The sample, pointed at the mock and holding the example's credentials. */
export const runnable = (label: string, mockUrl: string) =>
  sample(label)
    .replaceAll(spec.servers[0].url, mockUrl)
    .replaceAll(PLACEHOLDERS.instance_id, card!.value.instance_id!)
    .replaceAll(PLACEHOLDERS.access_token, card!.value.access_token!);

// from the package's folder (vitest's cwd), not import.meta.url: in a happy-dom test, that is the page's
const dir = `${process.cwd()}/.samples/`;
/** Writes a sample file under .samples/ and returns its path. */
export function writeSample(name: string, source: string): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(`${dir}${name}`, source);
  return `${dir}${name}`;
}
