// The docs server's static files: only what is under dist/, whatever the URL says, and it never falls over.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { request } from "node:http";
import { afterAll, beforeAll, expect, test } from "vitest";
import { serveStatic } from "../src/static.mjs";

let base: string;
let url: string;
let close: () => void;
beforeAll(async () => {
  // a site in a folder whose path has a space, beside a secret it must not serve
  base = mkdtempSync(join(tmpdir(), "linkcard static "));
  mkdirSync(join(base, "site", "reference"), { recursive: true });
  writeFileSync(join(base, "site", "index.html"), "home");
  writeFileSync(join(base, "site", "reference", "index.html"), "reference");
  writeFileSync(join(base, "secret.txt"), "secret");
  symlinkSync(join(base, "secret.txt"), join(base, "site", "leak.txt"));
  const server = createServer(serveStatic(join(base, "site")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => server.close();
});
afterAll(() => {
  close();
  rmSync(base, { recursive: true, force: true });
});

/** The status of a raw request target (fetch would normalize it first). */
const statusOf = (path: string, method = "GET") =>
  new Promise<number>((resolve, reject) => {
    const { hostname, port } = new URL(url);
    request({ hostname, port, path, method }, (res) => res.resume().on("end", () => resolve(res.statusCode as number)))
      .on("error", reject)
      .end();
  });

test("serves the site, in a folder with a space in its path", async () => {
  expect(await (await fetch(`${url}/`)).text()).toBe("home");
  expect(await (await fetch(`${url}/reference/`)).text()).toBe("reference");
});

test("nothing outside it: traversal, encoded NULs, links out", async () => {
  for (const path of ["/..%2fsecret.txt", "/%2e%2e/secret.txt", "/..\\secret.txt", "/%00", "/index.html%00.txt", "/leak.txt", "/nope"])
    expect(await statusOf(path), path).toBe(404);
  // and it is still up
  expect(await statusOf("/")).toBe(200);
});

test("other methods: 405", async () => {
  expect(await statusOf("/", "POST")).toBe(405);
  expect(await statusOf("/", "HEAD")).toBe(200);
});
