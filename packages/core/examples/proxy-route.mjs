// app/api/linkcard/v2/send/link-preview/route.js: a Next.js route handler (also Hono, Bun.serve, Deno.serve:
// any (Request) => Response). The page's client, createClient({ proxy: "/api/linkcard" }), posts here.
import { createProxyHandler } from "@linkcard/core/server";
import { perUserLimit } from "./rate-limit.mjs";
import { userOf } from "./session.mjs"; // your session check

export const POST = createProxyHandler({
  // instanceId and accessToken from WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN: on the server only
  authorize: async (request) => {
    const user = await userOf(request);
    if (!user) return false; // 401
    return perUserLimit(user) ?? true; // your own 429, or send
  },
});
