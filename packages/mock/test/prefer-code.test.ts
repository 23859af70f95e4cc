// Prism answers a request for a status the spec does not document with a 404 of its own, which a client
// reads as the API's 404 (NotFoundError); the mock answers 400 and names the statuses it can serve.
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import { describe, expect, inject, test } from "vitest";

const url = `${inject("mockUrl")}/v2/send/link-preview`;
const valid = { instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" };
const documented = Object.keys(spec.paths["/v2/send/link-preview"].post.responses);

const send = (headers: Record<string, string>, query = "") =>
  fetch(`${url}${query}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(valid),
    signal: AbortSignal.timeout(10_000),
  });

describe("a status the spec does not document gets 400, naming the documented ones", () => {
  test.each([
    ["Prefer: code=504", { prefer: "code=504" }, "", "504"],
    ["a code that is not a status (Prefer: code=abc)", { prefer: "code=abc" }, "", "abc"],
    ["a code among other preferences", { prefer: "example=vendorPage, code=299" }, "", "299"],
    ["?__code=504, Prism's query form", {}, "?__code=504", "504"],
  ])("%s", async (_, headers, query, code) => {
    const res = await send(headers, query);
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({
      status: 400,
      error: "Bad Request",
      message: `The spec documents no ${code} response for POST /v2/send/link-preview; ask for one of ${documented.join(", ")}`,
      code: "bad_request",
    });
  });

  test("a documented one is served, however the header spells it", async () => {
    expect((await send({ prefer: 'Code="429"' })).status).toBe(429);
    expect((await send({}, "?__code=503")).status).toBe(503);
  });
});
