// One Prism mock of the spec for the whole run, started with the repo's one helper.
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
