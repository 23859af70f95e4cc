// The release flow end to end: `pnpm release` in a copy of the repository publishes every public
// package to a local registry (verdaccio); then each package is installed on its own, outside the
// workspace, with npm and with pnpm, and used as its users would: ESM and CJS against the mock (the CLI
// through its installed bin), TypeScript 5.9 and 7 under node16 and bundler resolution, React through
// the proxy, npx linkcard-mock.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { startMockServer, type MockServer } from "@linkcard/mock";
import semver from "semver";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { pendingBumps } from "../../gate/changesets.mjs";
import { readCurrentSpec, readReleasedSpec } from "../../../../scripts/released-spec.mjs";
import { CONSUMERS, consumerFiles, installConsumer, peerProblems, typecheck } from "../../lib/consumer.mjs";
import { removeDir, repoRoot } from "../../lib/paths.mjs";
import { sentMessageId } from "../../lib/mock-answer.mjs";
import { run, startServer } from "../../lib/processes.mjs";
import { startRegistry } from "../../lib/registry.mjs";
import { publishedManifest, unpackTarball } from "../../lib/registry-files.mjs";
import { manifests, rehearseRelease } from "../../lib/release-copy.mjs";
import { tarballProblems } from "../../lib/tarball-rules.mjs";
import { installTools } from "../../lib/tools.mjs";

type Registry = Awaited<ReturnType<typeof startRegistry>>;
let registry: Registry;
let release: { dir: string; output: string };
let typescriptTools: string;
let mock: MockServer;
const temporary: string[] = [];


const before = manifests(repoRoot).filter(({ manifest }) => !manifest.private);
const released = () => manifests(release.dir).filter(({ manifest }) => !manifest.private);
const versionOf = (name: string) => released().find(({ manifest }) => manifest.name === name)!.manifest.version as string;
const consumerEnv = () => ({ ...process.env, NPM_CONFIG_USERCONFIG: registry.consumerConfig, npm_config_update_notifier: "false" });

beforeAll(async () => {
  const [registryTools, ts] = await Promise.all([installTools("registry"), installTools("typescript")]);
  typescriptTools = ts;
  registry = await startRegistry(registryTools);
  release = await rehearseRelease(registry, process.env);
  console.log(`released: ${released().map(({ manifest }) => `${manifest.name}@${manifest.version}`).join(", ")}`);
  mock = await startMockServer();
});

afterAll(async () => {
  await mock?.stop();
  await registry?.stop();
  removeDir(release?.dir);
  temporary.forEach(removeDir);
});

test("the public packages are the six libraries and the CLI, each with a consumer below", () => {
  expect(before.map(({ manifest }) => manifest.name).sort()).toEqual(["@linkcard/campaign", "@linkcard/cli", "@linkcard/core", "@linkcard/mock", "@linkcard/react", "@linkcard/types", "@linkcard/unfurl"]);
});

describe("pnpm release, in a copy of the repository", () => {
  test("runs the breaking-change gate first", () => {
    expect(release.output).toContain("breaking-change gate:");
  });

  test("versions each public package its changesets name, and consumes the changesets", () => {
    const bumps = pendingBumps(join(repoRoot, ".changeset"));
    for (const { manifest } of before)
      if (bumps.has(manifest.name)) expect(semver.gt(versionOf(manifest.name), manifest.version), manifest.name).toBe(true);
    expect(pendingBumps(join(release.dir, ".changeset")).size).toBe(0);
  });

  test("writes each public package's CHANGELOG.md, headed by its new version", () => {
    for (const { dir, manifest } of released()) {
      const changelog = join(dir, "CHANGELOG.md");
      expect(existsSync(changelog), manifest.name).toBe(true);
      expect(readFileSync(changelog, "utf8")).toContain(`## ${manifest.version}\n`);
    }
  });

  test("records the spec it released as spec/released/openapi.json", () => {
    expect(readReleasedSpec(release.dir)).toEqual(readCurrentSpec(release.dir));
  });

  test("keeps workspace: ranges in the repository (pnpm publish rewrites them)", () => {
    const core = released().find(({ manifest }) => manifest.name === "@linkcard/core")!.manifest;
    expect(core.dependencies["@linkcard/types"]).toMatch(/^workspace:/);
  });
});

describe("each published package", () => {
  const names = before.map(({ manifest }) => manifest.name as string);

  test.each(names)("%s: its internal ranges take the versions released with it", async (name) => {
    const manifest = await publishedManifest(registry.url, name, versionOf(name));
    for (const field of ["dependencies", "peerDependencies", "optionalDependencies"])
      for (const [dependency, range] of Object.entries<string>(manifest[field] ?? {}))
        if (dependency.startsWith("@linkcard/")) expect(semver.satisfies(versionOf(dependency), range), `${field}["${dependency}"] ${range}`).toBe(true);
  });

  test.each(names)("%s: its tarball has every file it names and nothing it should not (tests, fixtures, configs, dangling maps)", async (name) => {
    const dir = await unpackTarball(await publishedManifest(registry.url, name, versionOf(name)));
    temporary.push(dir);
    expect(tarballProblems(join(dir, "package"))).toEqual([]);
    for (const file of ["README.md", "CHANGELOG.md"]) expect(existsSync(join(dir, "package", file)), `${name}: ${file}`).toBe(true);
  });
});

// what each consumer's ESM and CJS scripts print when they work
const RESULTS: Record<string, object> = {
  types: { openapi: "3.1.0", operation: "sendLinkPreview" },
  core: { sent: sentMessageId, error: "AuthenticationError 401" },
  mock: { status: 200, sent: sentMessageId },
  unfurl: { title: "Hello", image: "https://example.com/a.png", refused: "RefusedAddressError" },
  campaign: { sent: 2, messageId: sentMessageId },
  cli: { sent: 2, messageId: sentMessageId },
};
const TYPE_CHECKS = [
  ["TypeScript 5.9", "tsc", "node16"],
  ["TypeScript 5.9", "tsc", "bundler"],
  ["TypeScript 7", "tsgo", "node16"],
  ["TypeScript 7", "tsgo", "bundler"],
] as const;
const lastLine = (text: string) => JSON.parse(text.trim().split("\n").pop()!);

describe.each(["npm", "pnpm"])("installed with %s, each package on its own", (pm) => {
  describe.each(["types", "core", "react", "mock", "unfurl", "campaign", "cli"])("@linkcard/%s", (name) => {
    let consumer: { dir: string; output: string };
    beforeAll(async () => {
      consumer = await installConsumer(name, pm, consumerEnv());
      temporary.push(consumer.dir);
    });

    test("comes from the registry at the released version, with every peer met", async () => {
      const installed = JSON.parse(readFileSync(join(consumer.dir, "node_modules/@linkcard", name, "package.json"), "utf8"));
      expect(installed.version).toBe(versionOf(`@linkcard/${name}`));
      expect(await peerProblems(consumer.dir, pm, consumerEnv())).toBe("");
    });

    const scripts = consumerFiles(name).filter((file) => /^(esm\.mjs|cjs\.cjs)$/.test(file));
    for (const script of scripts)
      test(`${script} runs against the mock`, async () => {
        const { stdout } = await run(process.execPath, [script], { cwd: consumer.dir, env: { ...consumerEnv(), MOCK_URL: mock.url } });
        expect(lastLine(stdout)).toMatchObject(RESULTS[name]!);
      });

    if (!("typed" in CONSUMERS[name as keyof typeof CONSUMERS]))
      test.concurrent.each(TYPE_CHECKS)("type-checks with %s (%s), moduleResolution %s", async (_, compiler, resolution) => {
        const { code, stdout, stderr } = await typecheck(consumer.dir, compiler, resolution, typescriptTools);
        expect(stdout + stderr).toBe("");
        expect(code).toBe(0);
      });

    if (name === "react")
      test("renders useSendLinkPreview through createProxyHandler in front of the mock: a card sent, a typed error", async () => {
        const proxy = await startServer(process.execPath, ["proxy.mjs"], {
          cwd: consumer.dir,
          env: { ...consumerEnv(), MOCK_URL: mock.url },
          ready: (output: string) => /proxy listening on (\S+)/.exec(output)?.[1],
        });
        try {
          const { stdout } = await run(process.execPath, ["render.mjs"], { cwd: consumer.dir, env: { ...consumerEnv(), PROXY_ORIGIN: proxy.ready } });
          expect(lastLine(stdout)).toEqual({ ok: `sent ${sentMessageId}`, denied: "AuthenticationError 401" });
        } finally {
          await proxy.stop();
        }
      });

    if (name === "mock")
      test("npx linkcard-mock serves the contract", async () => {
        const server = await startServer("npx", ["--no", "--", "linkcard-mock", "--port", "0", "--quiet"], {
          cwd: consumer.dir,
          env: consumerEnv(),
          ready: (output: string) => /linkcard mock listening on (http:\/\/\S+)/.exec(output)?.[1],
        });
        try {
          const response = await fetch(`${server.ready}/v2/send/link-preview`, {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" }),
          });
          expect(response.status).toBe(200);
          expect((await response.json()).id._serialized).toBe(sentMessageId);
        } finally {
          await server.stop();
        }
      });
  });
});
