// Logging can never fail a call: by the time we log, the card may be delivered, and an exception would
// make the caller send it again.
import { afterAll, beforeAll, expect, test } from "vitest";
import { ValidationError } from "../src/index.js";
import { client, message, params } from "./helpers/fixtures.js";
import { json, startServer } from "./helpers/server.js";

let server: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  // one refusal to retry (an info line), then a delivered card (a debug line)
  server = await startServer((req, res, i) => (req.headers["x-retry"] && i % 2 === 0 ? json(503, {}) : json(200, message))(req, res, i));
});
afterAll(() => server.close());

const send = (logger: unknown) =>
  client({ baseUrl: server.url, logger: logger as never, logLevel: "debug" }).sendLinkPreview(params, { headers: { "x-retry": "1" } });

test("a logger that throws at every level: the delivered card still resolves", async () => {
  const boom = () => {
    throw new Error("disk full");
  };
  expect(await send({ error: boom, warn: boom, info: boom, debug: boom })).toEqual(message);
});

test("a logger without debug or info: those lines are skipped", async () => {
  const warnings: string[] = [];
  expect(await send({ warn: (line: string) => warnings.push(line) })).toEqual(message);
  expect(await send({})).toEqual(message);
});

test("an async logger that rejects: no unhandled rejection", async () => {
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on("unhandledRejection", onUnhandled);
  try {
    const reject = async () => {
      throw new Error("log shipper down");
    };
    expect(await send({ info: reject, debug: reject })).toEqual(message);
    await new Promise((resolve) => setTimeout(resolve, 50));
  } finally {
    process.off("unhandledRejection", onUnhandled);
  }
  expect(unhandled).toEqual([]);
});

test("a logger whose method turns into a getter that throws, after createClient checked it", async () => {
  let armed = false;
  const hostile = Object.defineProperty({}, "debug", {
    get() {
      if (armed) throw new Error("no");
      return () => {};
    },
    enumerable: true,
  });
  const sending = client({ baseUrl: server.url, logger: hostile, logLevel: "debug" });
  armed = true;
  expect(await sending.sendLinkPreview(params)).toEqual(message);
});

test("a method that is not a function is refused up front, before any I/O", () => {
  const before = server.seen.length;
  expect(() => client({ baseUrl: server.url, logger: { warn: "loud" } as never })).toThrow(ValidationError);
  expect(server.seen.length).toBe(before);
});
