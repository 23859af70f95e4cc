// Serves the built site from a folder: files only, inside it, with their types; `/x/` is `/x/index.html`.
import { createReadStream, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** A node:http listener for the files under `root`; anything else is a 404. */
export const serveStatic = (root) => (req, res) => {
  let path;
  try {
    path = normalize(join(root, decodeURIComponent(new URL(req.url, "http://x").pathname)));
  } catch {
    path = undefined;
  }
  if (path && !path.startsWith(root + sep) && path !== root) path = undefined; // no way out of the folder
  if (path && statSync(path, { throwIfNoEntry: false })?.isDirectory()) path = join(path, "index.html");
  const file = path && statSync(path, { throwIfNoEntry: false });
  if (!file?.isFile() || (req.method !== "GET" && req.method !== "HEAD")) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
    return;
  }
  res.writeHead(200, {
    "content-type": TYPES[extname(path)] ?? "application/octet-stream",
    "content-length": file.size,
    "x-content-type-options": "nosniff",
    "cache-control": path.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
  });
  if (req.method === "HEAD") res.end();
  else createReadStream(path).pipe(res);
};
