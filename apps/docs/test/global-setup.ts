// The built site (turbo builds it first), served as `npm start` serves it: with its proxy and a mock.
import type { TestProject } from "vitest/node";
import { startDocsServer } from "../server.mjs";

declare module "vitest" {
  export interface ProvidedContext {
    siteUrl: string;
    mockUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const site = await startDocsServer({ port: 0 });
  project.provide("siteUrl", site.url);
  project.provide("mockUrl", site.mockUrl);
  return () => site.stop();
}
