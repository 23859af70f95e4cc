// The workflow linter: action-validator (GitHub's workflow schema and job references, compiled to wasm,
// so it needs no network), plus what it lets through: an expression left open (`${{ x` without `}}`).
import { validateWorkflow } from "@action-validator/core";

/** The problems of a workflow file's text, as sentences; empty when it is valid. */
export function lintWorkflow(text) {
  const problems = validateWorkflow(text).errors.map((error) => describe(error));
  text.split("\n").forEach((line, i) => {
    const opened = line.split("${{").length - 1;
    const closed = line.split("}}").length - 1;
    if (opened > closed) problems.push(`line ${i + 1}: an expression \${{ is not closed with }} on its line`);
  });
  return problems;
}

function describe(error) {
  const where = error.path ? `${error.path}: ` : error.location ? `line ${error.location.line}: ` : "";
  const details = [error.detail, ...(error.states ?? []).flatMap((state) => state.errors.map((e) => `${e.path} ${e.detail ?? e.title}`))].filter(Boolean);
  return `${where}${error.title}${details.length ? ` (${[...new Set(details)].join("; ")})` : ""}`;
}
