// A per-user rate limit for the proxy's authorize: at most LIMIT cards a minute per user (one process;
// use your shared store, such as Redis, when several servers share the load).
const LIMIT = 5;
const WINDOW_MS = 60_000;
const windows = new Map();

/** A 429 Response once `user` has sent LIMIT cards in this minute, else undefined. */
export function perUserLimit(user, now = Date.now()) {
  const window = windows.get(user);
  if (!window || now - window.start >= WINDOW_MS) {
    windows.set(user, { start: now, count: 1 });
    return undefined;
  }
  if (++window.count <= LIMIT) return undefined;
  const retryAfter = String(Math.ceil((window.start + WINDOW_MS - now) / 1000));
  const body = { status: 429, error: "Too Many Requests", message: `At most ${LIMIT} cards a minute`, code: "app_rate_limited" };
  return Response.json(body, { status: 429, headers: { "retry-after": retryAfter, "cache-control": "no-store" } });
}
