// A throwaway npm registry (verdaccio) on 127.0.0.1 with its storage in a temp dir. It serves only
// @linkcard/*, which anyone may publish once logged in; everything else comes from the machine's own
// registry (a scoped registry in the consumers' npmrc), so it proxies nothing.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { execFileSync } from "node:child_process";
import { freePort } from "@linkcard/mock";
import { removeDir, tempDir } from "./paths.mjs";
import { startServer } from "./processes.mjs";
import { bin } from "./tools.mjs";

const config = (dir) => `storage: ${join(dir, "storage")}
auth:
  htpasswd:
    file: ${join(dir, "htpasswd")}
    max_users: 1
uplinks: {}
packages:
  "@linkcard/*":
    access: $all
    publish: $authenticated
    unpublish: $authenticated
web:
  enable: false
max_body_size: 50mb
log: { type: stdout, format: pretty, level: warn }
`;

/** The registry the machine's npm uses for everything but @linkcard/* (a mirror, if one is set). */
const upstreamRegistry = () => execFileSync("npm", ["config", "get", "registry"], { encoding: "utf8" }).trim();

/**
 * Starts the registry and logs a user in. Resolves to its `url`, a `publishConfig` npmrc (registry and
 * token: for `pnpm release`) and a `consumerConfig` npmrc (@linkcard/* from here, the rest upstream).
 */
export async function startRegistry(toolsDir) {
  const dir = tempDir("registry");
  try {
    writeFileSync(join(dir, "config.yaml"), config(dir));
    for (let attempt = 1; ; attempt++) {
      const port = await freePort("127.0.0.1");
      const url = `http://127.0.0.1:${port}/`;
      const server = await startServer(process.execPath, [bin.verdaccio(toolsDir), "--config", join(dir, "config.yaml"), "--listen", `127.0.0.1:${port}`], {
        cwd: dir,
        // it prints its address before it binds: wait for an answer below too
        ready: (output) => output.includes("http address"),
      });
      const token = await login(url, server).catch(async (error) => {
        await server.stop();
        // a port taken between asking and binding: take another
        if (attempt < 3 && /EADDRINUSE/.test(server.output())) return undefined;
        throw error;
      });
      if (!token) continue;
      const host = url.replace(/^http:/, "");
      const publishConfig = join(dir, "publish.npmrc");
      writeFileSync(publishConfig, `registry=${url}\n${host}:_authToken=${token}\n`);
      const consumerConfig = join(dir, "consumer.npmrc");
      writeFileSync(consumerConfig, `registry=${upstreamRegistry()}\n@linkcard:registry=${url}\n`);
      return {
        url,
        publishConfig,
        consumerConfig,
        output: server.output,
        stop: async () => {
          await server.stop();
          removeDir(dir);
        },
      };
    }
  } catch (error) {
    removeDir(dir);
    throw error;
  }
}

/** Creates the one user (the registry allows one registration) and returns its token. */
async function login(url, server) {
  // answers once it listens; a process that died says so in its output
  for (let tries = 0; ; tries++) {
    if ((await fetch(`${url}-/ping`).then((r) => r.ok, () => false))) break;
    if (server.output().includes("fatal") || tries > 600) throw new Error(`verdaccio did not answer on ${url}:\n${server.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const response = await fetch(`${url}-/user/org.couchdb.user:release`, {
    method: "PUT",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ name: "release", password: "release-checks" }),
  });
  const body = await response.json();
  if (!body.token) throw new Error(`verdaccio refused the login: ${JSON.stringify(body)}`);
  return body.token;
}
