// app/api/linkcard/unfurl/route.js: the card check for your pages, beside the send proxy (a Next.js route
// handler; also Hono, Bun.serve, Deno.serve, or node:http through toNodeListener from @linkcard/core/server).
import { createUnfurlHandler } from "@linkcard/unfurl";
import { userOf } from "./session.mjs"; // your session check

// only signed-in users, and only links to your own sites: an open endpoint would let anyone make your
// server fetch whatever it can reach
const OWN_SITES = ["shop.example.org", "blog.example.org"];

export const GET = createUnfurlHandler({
  authorize: async (request, { url }) => (await userOf(request)) !== undefined && OWN_SITES.includes(new URL(url).hostname),
});
