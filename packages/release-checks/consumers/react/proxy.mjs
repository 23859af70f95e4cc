// The app's server: the proxy (createProxyHandler on node:http) in front of the mock. It runs in its
// own process, as on a real server: the page's globals (happy-dom's fetch, Request) never reach it.
import { createServer } from "node:http";
import { createProxyHandler, toNodeListener } from "@linkcard/core/server";

const handler = createProxyHandler({
  instanceId: "123456789",
  accessToken: "tok_consumer_Q7x2",
  baseUrl: process.env.MOCK_URL,
  authorize: () => true,
  forwardHeaders: ["prefer"], // lets the page pick the mock's answer (a 401 below)
  logLevel: "off",
});
const server = createServer(toNodeListener(handler));
server.listen(0, "127.0.0.1", () => console.log(`proxy listening on http://127.0.0.1:${server.address().port}`));
process.once("SIGTERM", () => server.close(() => process.exit(0)));
