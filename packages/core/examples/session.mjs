// Stands in for your app's session check in these examples: the user a request's session cookie names.
const sessions = new Map([["demo-session", "alice"]]);

/** The signed-in user, or undefined. */
export async function userOf(request) {
  const cookie = request.headers.get("cookie") ?? "";
  return sessions.get(/(?:^|;\s*)session=([^;]+)/.exec(cookie)?.[1]);
}
