// The sample pages the playground's card check reads, served by the docs server at /fixtures/: each
// shows one of WhatsApp's rules at work, so "Fill from the page" and the check work offline. A page names
// its own address ({{origin}}) in its og: tags, as real pages do, so it is filled in per request.
import { readFileSync, readdirSync } from "node:fs";
import { extname } from "node:path";
import { fileURLToPath } from "node:url";

const dir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const TYPES = { ".html": "text/html; charset=utf-8", ".png": "image/png", ".webp": "image/webp" };
const files = new Map(readdirSync(dir).map((name) => [`/fixtures/${name}`, readFileSync(`${dir}${name}`)]));

/** A node:http listener for /fixtures/…; `origin` is the site's own (the Host was checked before). */
export const serveFixture = (req, res, origin) => {
  const path = new URL(req.url, "http://x").pathname;
  const file = files.get(path);
  if (!file) return void res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
  const body = extname(path) === ".html" ? file.toString("utf8").replaceAll("{{origin}}", origin) : file;
  res.writeHead(200, { "content-type": TYPES[extname(path)], "cache-control": "no-cache" }).end(body);
};
