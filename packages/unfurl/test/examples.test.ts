// The README's unfurl route, as a file in examples/: it refuses who is not signed in, and links off the
// app's own sites, before any fetch.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { GET } from "../examples/unfurl-route.mjs";

const ask = (url: string, cookie?: string) =>
  GET(
    new Request(`https://app.example.org/api/linkcard/unfurl?url=${encodeURIComponent(url)}`, { headers: cookie ? { cookie } : {} }),
  );

test("the README shows the example as it is", () => {
  const readme = readFileSync(new URL("../../../README.md", import.meta.url), "utf8");
  expect(readme).toContain(readFileSync(new URL("../examples/unfurl-route.mjs", import.meta.url), "utf8").trim());
});

test("no session, or a link to another site, is refused before anything is fetched", async () => {
  expect((await ask("https://shop.example.org/sale")).status).toBe(401);
  // a site that is not the app's: refused by authorize, so no lookup of it is ever made
  expect((await ask("https://elsewhere.example/", "session=signed-in")).status).toBe(401);
});
