// The server side of a real setup, started once for the run in Node (not in the test page): a Prism mock
// of the spec, and the proxy (createProxyHandler behind node:http) in front of it, forwarding `prefer` so
// a test can pick the mock's answer.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";
import { startMockServer } from "@linkcard/mock";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    proxyOrigin: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockServer();
  const handler = createProxyHandler({
    instanceId: "123456789",
    accessToken: "tok_react_Zx81LmPq",
    baseUrl: mock.url,
    authorize: () => true,
    forwardHeaders: ["prefer"],
    logLevel: "off",
  });
  const proxy = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  project.provide("proxyOrigin", `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`);
  return async () => {
    proxy.closeAllConnections();
    await new Promise((resolve) => proxy.close(resolve));
    await mock.stop();
  };
}
