// One mock of the spec for the whole run, shared by every test that only sends it requests: Prism takes
// seconds to start on a busy machine, so starting it once per file made the suite slow and fragile.
import { startMockServer } from "@linkcard/mock";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const mock = await startMockServer();
  project.provide("mockUrl", mock.url);
  return () => mock.stop();
}
