// A property: whatever the token (drawn from a wide alphabet) and however a server echoes it (in the body
// and in headers, raw or encoded, on a success, an error or a redirect), no surface the SDK makes shows it.
import { validateHeaderValue } from "node:http";
import { inspect } from "node:util";
import fc from "fast-check";
import { afterAll, beforeAll, expect, test } from "vitest";
import type { Logger } from "../src/index.js";
import { INSTANCE, client, message, params } from "./helpers/fixtures.js";
import { startServer } from "./helpers/server.js";

/** PHP's json_encode default: `/` and every non-ASCII character escaped. */
const php = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]|\//g, (c) => (c === "/" ? "\\/" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
const html = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const htmlNamed = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] as string);

/** The forms a server may echo the token in; the test looks for each of them in every surface. */
const encodings = (token: string) => [
  token,
  JSON.stringify(token).slice(1, -1),
  php(token).slice(1, -1),
  JSON.stringify(JSON.stringify(token)).slice(3, -3),
  inspect(token).slice(1, -1),
  encodeURIComponent(token),
  new URLSearchParams({ t: token }).toString().slice(2),
  html(token),
  htmlNamed(token),
];

/** A response body echoing the token (or the whole request body) in one form: [content type, text]. */
const BODIES: Record<string, (token: string, request: string) => [string, string]> = {
  json: (token, request) => ["application/json", JSON.stringify({ message: `rejected ${token}`, request: JSON.parse(request) })],
  php: (token) => ["application/json", php({ message: `rejected ${token}`, code: "bad_token" })],
  quoted: (_, request) => ["application/json", JSON.stringify({ message: "bad request", body: request })],
  url: (token) => ["text/plain", `error=denied&token=${encodeURIComponent(token)}&x=1`],
  form: (token) => ["application/x-www-form-urlencoded", new URLSearchParams({ error: "denied", token }).toString()],
  html: (token) => ["text/html", `<p>Token ${html(token)} is not valid</p>`],
  htmlNamed: (token) => ["text/html", `<p>Token ${htmlNamed(token)} is not valid</p>`],
  raw: (token) => ["text/plain", `teapot saw ${token}`],
};

/** A success whose message echoes the token, the body text in a given form. */
const success = (token: string, request: string, form: string): [string, string] => {
  const echo = (BODIES[form] as (typeof BODIES)[string])(token, request)[1];
  const sent = { ...message, body: echo, _data: { ...message._data, body: echo, access_token: token } };
  return ["application/json", form === "php" ? php(sent) : JSON.stringify(sent)];
};

/** Headers echoing the token: every form a header value can carry. */
function echoHeaders(token: string): Record<string, string> {
  const headers: Record<string, string> = {
    "x-request-id": encodeURIComponent(token),
    "x-echo-php": php(token),
    "x-echo-bytes": Buffer.from(token).toString("latin1"), // raw UTF-8 bytes, read back as Latin-1
    "x-echo-raw": token,
  };
  for (const [name, value] of Object.entries(headers))
    try {
      validateHeaderValue(name, value);
    } catch {
      delete headers[name]; // not sendable as a header at all
    }
  return headers;
}

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  server = await startServer((req, res) => {
    const request = server.seen.at(-1)!.body;
    const token = JSON.parse(request).access_token as string;
    const status = Number(req.headers["x-status"]);
    const form = String(req.headers["x-form"]);
    const [type, text] = status < 300 ? success(token, request, form) : (BODIES[form] as (typeof BODIES)[string])(token, request);
    const location = status < 400 && status >= 300 ? { location: `https://evil.example/?t=${encodeURIComponent(token)}` } : {};
    res.writeHead(status, { "content-type": type, ...echoHeaders(token), ...location });
    res.end(text);
  });
});
afterAll(() => server.close());

const alphabet = [..."abcXYZ019/+=\"\\ &<>%'éü€\u2028\u2029\n\t😀{}:,"];
const token = fc.string({ unit: fc.constantFrom(...alphabet), minLength: 12, maxLength: 40 }).filter((t) => t.trim() === t);

test("no surface shows the token, whatever the token, the status and the echo", async () => {
  await fc.assert(
    fc.asyncProperty(
      token,
      fc.constantFrom(200, 201, 301, 307, 400, 401, 429, 500, 502, 503, 0),
      fc.constantFrom(...Object.keys(BODIES)),
      async (accessToken, status, form) => {
        const lines: string[] = [];
        const capture = (...args: unknown[]) => void lines.push(inspect(args, { depth: Infinity, showHidden: true }));
        const logger: Logger = { error: capture, warn: capture, info: capture, debug: capture };
        // status 0: the fetch itself fails, with the request body (token included) in its error
        const failing = (async (request: Request) => {
          throw new TypeError(`could not send ${await request.text()}`, { cause: new Error(`socket for ${accessToken}`) });
        }) as typeof fetch;
        const sending = client({
          baseUrl: server.url,
          accessToken,
          maxRetries: 0,
          logger,
          logLevel: "debug",
          ...(status === 0 ? { fetch: failing } : {}),
        });
        const outcome = await sending.sendLinkPreview
          .withResponse(params, { headers: { "x-status": String(status), "x-form": form } })
          .catch((error: unknown) => error);
        const surfaces = [
          ...lines,
          JSON.stringify(outcome),
          inspect(outcome, { depth: Infinity, showHidden: true, getters: true }),
          ...(outcome instanceof Error ? [outcome.message, String(outcome.stack)] : []),
        ];
        if (status >= 200 && status < 300) expect((outcome as { data: unknown }).data).toMatchObject({ id: message.id });
        else expect(outcome).toBeInstanceOf(Error);
        const leaks = surfaces.filter((surface) => encodings(accessToken).some((form) => surface.includes(form)));
        expect(leaks, `token ${JSON.stringify(accessToken)} via ${form} on ${status}`).toEqual([]);
      },
    ),
    { numRuns: Number(process.env.RUNS ?? 200) },
  );
  // 200 round trips: room for a machine shared with other suites (a guard against a hang, not a time limit)
}, 120_000);

test("the instance id and the rest of the answer survive redaction", async () => {
  const outcome = await client({ baseUrl: server.url, accessToken: "tok_8f3Kq2LmZx91PwRt" })
    .sendLinkPreview(params, { headers: { "x-status": "400", "x-form": "json" } })
    .catch((error: unknown) => error);
  expect((outcome as { body: unknown }).body).toEqual({
    message: "rejected ***",
    request: { ...params, instance_id: INSTANCE, access_token: "***" },
  });
});

// the other direction: redaction never changes a message that does not hold the token
const text = fc.string({ unit: fc.constantFrom(...alphabet, "\\", "3", "e", "b", "0", "c", "7"), maxLength: 60 });
const messages = fc.record({ body: text, from: text, timestamp: fc.integer({ min: 0, max: 2 ** 40 }), id: text, author: text }).map((random) => ({
  ...message,
  body: random.body,
  timestamp: random.timestamp,
  from: random.from,
  id: { ...message.id, id: random.id, _serialized: `true_${random.from}_${random.id}` },
  _data: { ...message._data, body: random.body, notifyName: random.author },
}));

test("a random Message comes back as it was sent, under any token it does not hold", async () => {
  const echoing = await startServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(decodeURIComponent(String(req.headers["x-message"])));
  });
  await fc.assert(
    fc.asyncProperty(token, messages, async (accessToken, sent) => {
      const raw = JSON.stringify(sent);
      fc.pre(!raw.includes(accessToken) && !raw.includes(JSON.stringify(accessToken).slice(1, -1)));
      const data = await client({ baseUrl: echoing.url, accessToken, maxRetries: 0 }).sendLinkPreview(params, {
        headers: { "x-message": encodeURIComponent(raw) },
      });
      expect(data).toEqual(JSON.parse(raw));
    }),
    { numRuns: Number(process.env.RUNS ?? 200) },
  );
  await echoing.close();
});
