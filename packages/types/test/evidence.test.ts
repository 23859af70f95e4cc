// Every fact that is not on the vendor's page says where it comes from (x-evidence), and the bundled
// document shows it as a "Source:" line.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parse } from "yaml";
import { spec } from "./spec.js";

const KINDS = ["vendor-page", "vendor-docs", "whatsapp-web.js", "http-semantics", "whatsapp-docs", "illustrative"];
const source = parse(readFileSync(new URL("../../../spec/openapi.yaml", import.meta.url), "utf8"));
const operation = source.paths["/v2/send/link-preview"].post;

type Evidence = { source: string; url?: string; note?: string }[];

const expectEvidence = (node: { "x-evidence"?: Evidence }, where: string) => {
  const evidence = node["x-evidence"];
  expect(evidence, `${where} has no x-evidence`).toBeInstanceOf(Array);
  expect(evidence!.length, where).toBeGreaterThan(0);
  for (const entry of evidence!) {
    expect(KINDS, `${where}: ${entry.source}`).toContain(entry.source);
    if (entry.url) expect(() => new URL(entry.url!), where).not.toThrow();
    expect(entry.url || entry.note, `${where}: a source needs a URL or a note`).toBeTruthy();
  }
};

describe("x-evidence", () => {
  test("on every response", () => {
    for (const [status, response] of Object.entries<any>(operation.responses)) expectEvidence(response, `response ${status}`);
  });

  test("on every named example (inline and in components)", () => {
    for (const [name, example] of Object.entries<any>(operation.requestBody.content["application/json"].examples))
      expectEvidence(example, `request example ${name}`);
    for (const [name, example] of Object.entries<any>(source.components.examples)) expectEvidence(example, `example ${name}`);
  });

  test("on every constraint: patterns, lengths, bounds and required lists, at any depth", () => {
    const constraints = ["pattern", "minLength", "maxLength", "minimum", "maximum", "maxProperties", "enum", "format"];
    let checked = 0;
    const walk = (node: any, where: string) => {
      if (!node || typeof node !== "object") return;
      const constrained = constraints.some((k) => k in node) || (Array.isArray(node.required) && node.required.length);
      if (constrained && (node.type || node.properties)) {
        expectEvidence(node, where);
        checked++;
      }
      for (const [key, value] of Object.entries(node)) if (key !== "x-evidence") walk(value, `${where}/${key}`);
    };
    walk(source.components, "#/components");
    expect(checked).toBeGreaterThan(10);
  });

  test("on every card rule, each with an id of its own, a summary and a measure", () => {
    const rules: any[] = source.components.schemas.SendLinkPreviewRequest["x-card-rules"];
    expect(rules.length).toBeGreaterThan(5);
    for (const rule of rules) {
      expectEvidence(rule, `card rule ${rule.id}`);
      expect(rule.id, JSON.stringify(rule)).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(rule.summary, rule.id).toBeTypeOf("string");
      expect(rule.measure, rule.id).toBeTypeOf("string");
    }
    expect(new Set(rules.map((rule) => rule.id)).size).toBe(rules.length);
  });

  test("the bundled spec lists every card rule, with its sources, in the schema's description and the request body's (which Redoc shows)", () => {
    const schema = spec.components.schemas.SendLinkPreviewRequest;
    const body = spec.paths["/v2/send/link-preview"].post.requestBody;
    for (const description of [schema.description, body.description])
      for (const rule of schema["x-card-rules"]) {
        const line = description.split("\n").find((l: string) => l.startsWith(`- \`${rule.id}\`: `));
        expect(line, rule.id).toContain(rule.summary);
        for (const entry of rule["x-evidence"] as Evidence) expect(line, rule.id).toContain(`**Source:** ${entry.source}`);
      }
  });

  test("every kind in use is one of the six, and the bundled JSON shows each entry as a Source: line", () => {
    let entries = 0;
    const walk = (node: any) => {
      if (!node || typeof node !== "object") return;
      if (Array.isArray(node["x-evidence"]))
        for (const entry of node["x-evidence"] as Evidence) {
          entries++;
          expect(node.description).toContain(`**Source:** ${entry.source}`);
          if (entry.url) expect(node.description).toContain(`(${entry.url})`);
        }
      Object.values(node).forEach(walk);
    };
    walk(spec);
    expect(entries).toBeGreaterThan(30);
  });
});

test("the document names its contact, the vendor's page, and the local mock as such", () => {
  expect(spec.info.contact.url).toMatch(/^https:\/\//);
  expect(spec.externalDocs.url).toBe("https://api.wawp.net/en/docs/v2/send/link-preview");
  expect(spec.info.description).toContain("## Authentication");
  expect(spec.servers[1].description).toMatch(/^Local mock, not the real API/);
});
