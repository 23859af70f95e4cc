import { describe, expect, test } from "vitest";
import vendorPageExample from "./fixtures/vendor-page-example.json" with { type: "json" };
import { seg, spec, validatorAt } from "./spec.js";

type Found = { where: string; schemaPointer: string; value: unknown };

/** The object a local `$ref` points at. */
const at = (ref: string): any =>
  ref
    .slice(2)
    .split("/")
    .reduce((node: any, key) => node[key.replaceAll("~1", "/").replaceAll("~0", "~")], spec);

/** Every example in the document, with the JSON pointer of the schema it must satisfy. */
function collectExamples(): Found[] {
  const found: Found[] = [];
  const media = (base: string, content: Record<string, any>) => {
    for (const [type, m] of Object.entries(content)) {
      const schemaPointer = `${base}/content/${seg(type)}/schema`;
      if ("example" in m) found.push({ where: `${base} ${type} example`, schemaPointer, value: m.example });
      for (const [name, ex] of Object.entries<any>(m.examples ?? {}))
        found.push({ where: `${base} ${type} examples.${name}`, schemaPointer, value: (ex.$ref ? at(ex.$ref) : ex).value });
    }
  };
  for (const [path, item] of Object.entries<any>(spec.paths))
    for (const [method, op] of Object.entries<any>(item)) {
      const base = `/paths/${seg(path)}/${method}`;
      if (op.requestBody) media(`${base}/requestBody`, op.requestBody.content);
      for (const [status, res] of Object.entries<any>(op.responses))
        media(`${base}/responses/${status}`, res.content ?? {});
    }
  for (const [name, h] of Object.entries<any>(spec.components.headers ?? {}))
    if ("example" in h)
      found.push({ where: `header ${name}`, schemaPointer: `/components/headers/${seg(name)}/schema`, value: h.example });
  // schema-level `examples` arrays, at any depth
  const walk = (node: any, pointer: string) => {
    if (!node || typeof node !== "object") return;
    if (Array.isArray(node.examples) && (node.type || node.properties || node.anyOf || node.enum))
      node.examples.forEach((value: unknown, i: number) =>
        found.push({ where: `${pointer} examples[${i}]`, schemaPointer: pointer, value }),
      );
    for (const [k, v] of Object.entries(node)) walk(v, `${pointer}/${seg(k)}`);
  };
  walk(spec.components.schemas, "/components/schemas");
  return found;
}

const examples = collectExamples();

describe("every example validates against its schema", () => {
  test("the document has examples to check", () => {
    // request (2) + responses (2 success + 9 errors) + headers (2) + schema-level ones
    expect(examples.length).toBeGreaterThan(15);
  });
  test.each(examples.map((e) => [e.where, e] as const))("%s", (_where, { schemaPointer, value }) => {
    const validate = validatorAt(schemaPointer);
    const ok = validate(value);
    expect(validate.errors ?? [], JSON.stringify(validate.errors)).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe("responses", () => {
  const op = spec.paths["/v2/send/link-preview"].post;
  test("every documented status has an example", () => {
    for (const [status, res] of Object.entries<any>(op.responses)) {
      const m = res.content["application/json"];
      expect(m.example ?? Object.values(m.examples ?? {})[0], `status ${status}`).toBeDefined();
    }
  });
  test("the errors the design names are all documented", () => {
    expect(Object.keys(op.responses).sort()).toEqual(
      ["200", "201", "400", "401", "403", "404", "422", "429", "500", "502", "503"].sort(),
    );
    expect(Object.keys(op.responses["429"].headers)).toContain("Retry-After");
  });
});

describe("the vendor page's own example", () => {
  const message = validatorAt("/components/schemas/Message");
  test("validates against Message", () => {
    expect(message(vendorPageExample), JSON.stringify(message.errors)).toBe(true);
  });
  test("is in the spec verbatim", () => {
    expect(spec.components.examples.VendorPageMessage.value).toEqual(vendorPageExample);
    const content = spec.paths["/v2/send/link-preview"].post.responses["200"].content["application/json"];
    expect(content.examples.vendorPage.$ref).toBe("#/components/examples/VendorPageMessage");
  });
});

describe("the schemas are not vacuous", () => {
  const message = validatorAt("/components/schemas/Message");
  const request = validatorAt("/components/schemas/SendLinkPreviewRequest");
  const valid = { instance_id: "1", access_token: "t", chatId: "201234567890", url: "https://wawp.net" };

  test("a Message without id is refused", () => {
    const { id: _, ...rest } = vendorPageExample;
    expect(message(rest)).toBe(false);
  });
  test("a non-empty object where a list belongs is refused", () => {
    expect(message({ ...vendorPageExample, links: { a: 1 } })).toBe(false);
  });
  test("ack is any integer (WhatsApp Web passes values beyond -1..4 through), but an integer", () => {
    for (const ack of [-7, 5, 42]) expect(message({ ...vendorPageExample, ack })).toBe(true);
    for (const ack of [1.5, "1", null]) expect(message({ ...vendorPageExample, ack })).toBe(false);
  });
  test("an empty list is {} and nothing else", () => {
    expect(message({ ...vendorPageExample, vCards: {} })).toBe(true);
    expect(message({ ...vendorPageExample, vCards: [] })).toBe(true);
    expect(message({ ...vendorPageExample, vCards: { 0: "BEGIN:VCARD" } })).toBe(false);
  });
  test.each([
    ["only the required fields", valid],
    ["a + prefixed number", { ...valid, chatId: "+201234567890" }],
    ["a number written with spaces", { ...valid, chatId: "+20 123 456 7890" }],
    ["status@broadcast", { ...valid, chatId: "status@broadcast" }],
    ["a broadcast list", { ...valid, chatId: "1600000000@broadcast" }],
    ["an upper-case scheme", { ...valid, url: "HTTPS://WAWP.NET", thumbnail: "Http://wawp.net/cat.png" }],
    ["an unknown field (a field Wawp may add)", { ...valid, linkPreviewMode: "large" }],
    ["a group JID", { ...valid, chatId: "120363025246125486@g.us" }],
    ["an old-style group JID", { ...valid, chatId: "201234567890-1600000000@g.us" }],
    ["a newsletter JID", { ...valid, chatId: "120363025246125486@newsletter" }],
    ["a lid JID", { ...valid, chatId: "123456789012345@lid" }],
    ["a null reply_to", { ...valid, reply_to: null }],
    ["4096 characters of text", { ...valid, text: "x".repeat(4096) }],
    ["4096 emoji (code points, not UTF-16 units)", { ...valid, text: "😀".repeat(4096) }],
  ])("accepts %s", (_, body) => {
    expect(request(body), JSON.stringify(request.errors)).toBe(true);
  });
  test.each([
    ["a missing chatId", { ...valid, chatId: undefined }],
    ["an empty access_token", { ...valid, access_token: "" }],
    ["an ftp url", { ...valid, url: "ftp://wawp.net" }],
    ["a url with a space", { ...valid, url: "https://wawp.net/a b" }],
    ["a url without host", { ...valid, url: "https:///path" }],
    ["a javascript: thumbnail", { ...valid, thumbnail: "javascript:alert(1)" }],
    ["a chatId with a foreign suffix", { ...valid, chatId: "201234567890@s.whatsapp.net" }],
    ["a chatId with letters", { ...valid, chatId: "20123abc4567" }],
    ["4097 characters of text", { ...valid, text: "x".repeat(4097) }],
    ["an empty chatId", { ...valid, chatId: "" }],
    ["a word for a chatId", { ...valid, chatId: "alice" }],
    ["a number-typed chatId", { ...valid, chatId: 201234567890 }],
    ["too few digits", { ...valid, chatId: "+20 12" }],
    ["a string linkPreviewHighQuality", { ...valid, linkPreviewHighQuality: "true" }],
  ])("refuses %s", (_, body) => {
    expect(request(JSON.parse(JSON.stringify(body)))).toBe(false);
  });
});
