// Serves the built site from a folder: files only, inside it (links that lead out do not count), with
// their types; `/x/` is `/x/index.html`. Anything else is a 404, a method other than GET or HEAD a 405.
import { createReadStream, realpathSync, statSync } from "node:fs";
import { extname, join, normalize, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
};

/** The file a URL path names under `root` (a real path inside it), or undefined. */
function fileFor(root, url) {
  try {
    const path = normalize(join(root, decodeURIComponent(new URL(url, "http://x").pathname)));
    // a NUL cannot be in a file name (and node:fs throws on one)
    if (path.includes("\0")) return undefined;
    let real = realpathSync(path);
    if (statSync(real).isDirectory()) real = realpathSync(join(real, "index.html"));
    return (real === root || real.startsWith(root + sep)) && statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined; // not there, or not a path at all
  }
}

/** A node:http listener for the files under `root`. */
export function serveStatic(root) {
  root = realpathSync(root);
  return (req, res) => {
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("Method not allowed");
      return;
    }
    const path = fileFor(root, req.url);
    if (!path) {
      res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    res.writeHead(200, {
      "content-type": TYPES[extname(path)] ?? "application/octet-stream",
      "content-length": statSync(path).size,
      "x-content-type-options": "nosniff",
      "cache-control": path.includes(`${sep}assets${sep}`) ? "public, max-age=31536000, immutable" : "no-cache",
    });
    if (req.method === "HEAD") res.end();
    else createReadStream(path).on("error", () => res.destroy()).pipe(res);
  };
}
