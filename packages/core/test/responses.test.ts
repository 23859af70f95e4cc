// Odd answers the API has been seen to give, from a real local server: each is an APIError, never a fake success.
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import { afterEach, expect, test } from "vitest";
import { APIError, InternalServerError, NotFoundError } from "../src/index.js";
import { client, message, params } from "./helpers/fixtures.js";
import { json, raw, startServer } from "./helpers/server.js";

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const failWith = async (handler: Parameters<typeof startServer>[0]) => {
  const server = await startServer(handler);
  servers.push(server);
  return client({ baseUrl: server.url, maxRetries: 0 })
    .sendLinkPreview(params)
    .then(
      (sent): APIError => {
        throw new Error(`expected an error, got message ${sent.id._serialized}`);
      },
      (error: unknown) => error as APIError,
    );
};

test("a 502 with an HTML body: InternalServerError, no body, the text in the message", async () => {
  const error = await failWith(raw(502, "<html><body>Bad Gateway</body></html>", { "content-type": "text/html" }));
  expect(error).toBeInstanceOf(InternalServerError);
  expect(error.status).toBe(502);
  expect(error.body).toBeUndefined();
  expect(error.message).toBe("502 <html><body>Bad Gateway</body></html>");
});

test("a 500 with an empty body", async () => {
  const error = await failWith(raw(500, "", { "content-length": "0" }));
  expect(error).toBeInstanceOf(InternalServerError);
  expect(error.body).toBeUndefined();
  expect(error.message).toBe("500 (empty body)");
});

test("a 404 with a {code, message} body, as seen in the wild", async () => {
  const error = await failWith(json(404, { code: "invalid_session", message: "Session not found" }));
  expect(error).toBeInstanceOf(NotFoundError);
  expect(error.body).toEqual({ code: "invalid_session", message: "Session not found" });
  expect(error.message).toBe("404 Session not found");
});

test("an unlisted status (418) is a plain APIError", async () => {
  const error = await failWith(json(418, { error: "I'm a teapot" }));
  expect(error.constructor).toBe(APIError);
  expect(error.message).toBe("418 I'm a teapot");
});

test("a 200 carrying an error object is an APIError, not a success", async () => {
  const error = await failWith(json(200, { status: "error", message: "wawp_upstream_error" }));
  expect(error).toBeInstanceOf(APIError);
  expect(error.status).toBe(200);
  expect(error.body).toEqual({ status: "error", message: "wawp_upstream_error" });
  expect(error.message).toBe("200 but not a message: wawp_upstream_error");
});

test("a 200 with a message missing a required field is not a success", async () => {
  const { timestamp: _, ...partial } = message;
  const error = await failWith(json(200, partial));
  expect(error).toBeInstanceOf(APIError);
  expect(error.status).toBe(200);
});

test("a 200 that is not JSON, and a 204, are not successes", async () => {
  expect((await failWith(raw(200, "OK"))).message).toBe("200 but not a message: OK");
  expect((await failWith(raw(204, ""))).message).toBe("204 but not a message: (empty body)");
});

test("the request id comes from X-Request-Id on errors too", async () => {
  const error = await failWith(json(500, {}, { "x-request-id": "req_42" }));
  expect(error.requestId).toBe("req_42");
  expect(error.message).toBe("500 {} (request req_42)");
});

test("a 2xx whose required fields are null is not a success", async () => {
  const nulls = Object.fromEntries(Object.keys(message).map((key) => [key, null]));
  const error = await failWith(json(200, nulls));
  expect(error).toBeInstanceOf(APIError);
  expect(error.status).toBe(200);
});

test("a 2xx where a nested required field has the wrong type is not a success", async () => {
  for (const broken of [
    { ...message, id: { ...message.id, _serialized: 42 } },
    { ...message, id: "true_201234567890@c.us_3EB0" },
    { ...message, ack: "1" },
    { ...message, timestamp: 1.5 },
    { ...message, _data: { ...message._data, id: null } },
    [message],
  ]) {
    const error = await failWith(json(201, broken));
    expect(error).toBeInstanceOf(APIError);
    expect(error.message).toMatch(/^201 but not a message/);
  }
});

test("a message with extra fields, or optional ones absent, is a success", async () => {
  const server = await startServer(json(201, { ...message, somethingNew: { nested: true }, title: undefined }));
  servers.push(server);
  expect(await client({ baseUrl: server.url }).sendLinkPreview(params)).toMatchObject({ id: message.id, somethingNew: { nested: true } });
});

test("every required Message field, given a value of a type the spec does not allow, makes it no success", async () => {
  const schemas = spec.components.schemas as Record<string, any>;
  const resolve = (schema: any): any => (schema.$ref ? resolve(schemas[schema.$ref.split("/").pop()]) : schema);
  const typesOf = (schema: any): string[] =>
    (resolve(schema).anyOf ?? resolve(schema).oneOf ?? [schema]).flatMap((s: any) => [resolve(s).type].flat());
  const samples: Record<string, unknown> = { null: null, number: 1.5, string: "s", boolean: true, array: [], object: {} };
  const server = await startServer((req, res) => json(201, JSON.parse(String(req.headers["x-body"])))(req, res, 0));
  servers.push(server);
  const c = client({ baseUrl: server.url, maxRetries: 0 });
  let checked = 0;
  for (const field of schemas.Message.required as string[]) {
    const allowed = typesOf(schemas.Message.properties[field]);
    for (const [type, value] of Object.entries(samples)) {
      if (allowed.includes(type) || (type === "number" && allowed.includes("integer") && Number.isInteger(value))) continue;
      const body = JSON.stringify({ ...message, [field]: value });
      await expect(c.sendLinkPreview(params, { headers: { "x-body": body } }), `${field}: ${type}`).rejects.toBeInstanceOf(APIError);
      checked++;
    }
  }
  expect(checked).toBeGreaterThan(50);
});

test("an error body nested 10,000 deep is an APIError (the deep part redacted away), not a RangeError", async () => {
  const deep = `{"message":"no","x":${"[".repeat(10_000)}1${"]".repeat(10_000)}}`;
  const error = await failWith(raw(400, deep, { "content-type": "application/json" }));
  expect(error).toBeInstanceOf(APIError);
  expect(error.message).toBe("400 no");
});

test("a 304 is not called a redirect: it is not a message", async () => {
  const error = await failWith(raw(304, ""));
  expect(error.status).toBe(304);
  expect(error.message).toBe("304 (empty body)");
});

test("an answer over 8 MiB is not read: the error says so, whatever the status", async () => {
  for (const status of [200, 500]) {
    const server = await startServer((_req, res) => {
      res.writeHead(status, { "content-type": "application/json" });
      res.end(JSON.stringify({ ...message, body: "x".repeat(9 * 1024 * 1024) }));
    });
    const error = await client({ baseUrl: server.url, maxRetries: 0 }).sendLinkPreview(params).catch((e: unknown) => e);
    await server.close();
    expect(error, String(status)).toBeInstanceOf(APIError);
    expect((error as APIError).message).toContain("body over 8388608 bytes, not read");
    expect((error as APIError).body).toBeUndefined();
    expect((error as APIError).mayHaveBeenSent).toBe(true);
  }
});
