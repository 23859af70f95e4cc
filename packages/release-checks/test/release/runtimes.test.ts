// The runtime matrix: the core smoke test (runtimes/smoke.mjs: a send, a typed error, a proxy round
// trip) against the mock, on the machine's Node and on Node 22, Node 24, Bun and Deno from npm. The
// mock itself runs on the machine's Node.
import { fileURLToPath } from "node:url";
import { startMockServer, type MockServer } from "@linkcard/mock";
import { afterAll, beforeAll, expect, test } from "vitest";
import { sentMessageId } from "../../lib/mock-answer.mjs";
import { run } from "../../lib/processes.mjs";
import { bin, installTools } from "../../lib/tools.mjs";

const smoke = fileURLToPath(new URL("../../runtimes/smoke.mjs", import.meta.url));
let tools: string;
let mock: MockServer;

beforeAll(async () => {
  tools = await installTools("runtimes");
  mock = await startMockServer();
});
afterAll(() => mock?.stop());


// [name, the version it must report, command and arguments]
const RUNTIMES: [string, RegExp, () => string[]][] = [
  ["Node 20 (this machine's)", /^node 20\./, () => [process.execPath, smoke]],
  ["Node 22", /^node 22\./, () => [bin.node22(tools), smoke]],
  ["Node 24", /^node 24\./, () => [bin.node24(tools), smoke]],
  ["Bun", /^bun 1\./, () => [bin.bun(tools), smoke]],
  // least privilege: loopback only, and only the variables the SDK and the test read
  ["Deno", /^deno 2\./, () => [bin.deno(tools), "run", "--allow-net=127.0.0.1", "--allow-env=MOCK_URL,WAWP_INSTANCE_ID,WAWP_ACCESS_TOKEN,WAWP_BASE_URL", smoke]],
];

test.each(RUNTIMES)("%s: a send, a typed error and a proxy round trip against the mock", async (_, version, command) => {
  const [executable, ...args] = command();
  // the workspace's own credentials must not leak in: the smoke test passes its own
  const env = { PATH: process.env.PATH, HOME: process.env.HOME, MOCK_URL: mock.url, NO_COLOR: "1" };
  const { stdout } = await run(executable!, args, { env, cwd: fileURLToPath(new URL("../..", import.meta.url)) });
  const result = JSON.parse(stdout.trim().split("\n").pop()!);
  expect(result.runtime).toMatch(version);
  expect(result).toMatchObject({ sent: sentMessageId, error: "AuthenticationError 401", proxied: sentMessageId });
});
