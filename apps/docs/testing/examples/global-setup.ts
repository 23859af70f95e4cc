// vitest.config.ts: test: { globalSetup: ["./global-setup.ts"] }
// One mock of the Wawp API for the whole test run, unless CI started one already (WAWP_BASE_URL set);
// your code reads WAWP_BASE_URL and the credentials as it would in production.
import { startMockServer } from "@linkcard/mock";

export default async function setup() {
  process.env.WAWP_INSTANCE_ID ??= "123456789";
  process.env.WAWP_ACCESS_TOKEN ??= "test-token";
  if (process.env.WAWP_BASE_URL) return;
  const mock = await startMockServer(); // a free 127.0.0.1 port
  process.env.WAWP_BASE_URL = mock.url;
  return () => mock.stop();
}
