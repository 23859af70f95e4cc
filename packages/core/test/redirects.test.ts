// A redirect is never followed: a 307/308 would re-send the body, token included, wherever Location
// points, and a 301/302/303 would turn into a GET whose message-shaped answer looks like a success.
import { afterEach, expect, test } from "vitest";
import { APIError } from "../src/index.js";
import { TOKEN, client, message, params } from "./helpers/fixtures.js";
import { json, raw, startServer } from "./helpers/server.js";

const servers: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const serve = async (...handlers: Parameters<typeof startServer>) => {
  const server = await startServer(...handlers);
  servers.push(server);
  return server;
};

test.each([301, 302, 303, 307, 308])("%i: an APIError with Location in its headers, and nothing sent to the target", async (status) => {
  // the target answers anything with a message, as an attacker's server would
  const target = await serve(json(200, message));
  const origin = await serve(raw(status, "", { location: `${target.url}/steal` }));
  const error = await client({ baseUrl: origin.url }).sendLinkPreview(params).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(APIError);
  expect((error as APIError).status).toBe(status);
  expect((error as APIError).headers.get("location")).toBe(`${target.url}/steal`);
  expect((error as APIError).message).toBe(`${status} redirect to ${target.url}/steal not followed: nothing was sent there`);
  expect(origin.seen).toHaveLength(1);
  expect(target.seen).toHaveLength(0);
});

test("a redirect is not retried, even under at-least-once", async () => {
  const target = await serve(json(200, message));
  const origin = await serve(raw(307, "", { location: target.url }));
  await expect(client({ baseUrl: origin.url, delivery: "at-least-once" }).sendLinkPreview(params)).rejects.toBeInstanceOf(APIError);
  expect(origin.seen).toHaveLength(1);
  expect(target.seen).toHaveLength(0);
});

test("client.api, the raw openapi-fetch client, does not follow redirects either", async () => {
  const target = await serve(json(200, message));
  const origin = await serve(raw(308, "", { location: target.url }));
  const { response } = await client({ baseUrl: origin.url }).api.POST("/v2/send/link-preview", {
    body: { ...params, instance_id: "1", access_token: TOKEN },
  });
  expect(response.status).toBe(308);
  expect(target.seen).toHaveLength(0);
});
