// Loads the bundled contract and compiles JSON Schema 2020-12 validators for any place in it.
import { readFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";

export const spec = JSON.parse(readFileSync(new URL("../openapi.json", import.meta.url), "utf8"));

const ajv = new Ajv2020({ allErrors: true, strict: false });
ajv.addSchema(spec, "openapi.json");

/** A validator for the schema at `pointer` (a JSON pointer into the document, e.g. `/components/schemas/Message`). */
export function validatorAt(pointer: string) {
  return ajv.getSchema(`openapi.json#${pointer}`) ?? ajv.compile({ $ref: `openapi.json#${pointer}` });
}

/** Escapes one JSON-pointer segment (`/v2/send/link-preview` → `~1v2~1send~1link-preview`). */
export const seg = (s: string) => s.replaceAll("~", "~0").replaceAll("/", "~1");
