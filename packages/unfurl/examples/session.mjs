// A stand-in for your app's session check: the signed-in user of a request, or undefined.
export async function userOf(request) {
  const session = /(?:^|;\s*)session=([^;]+)/.exec(request.headers.get("cookie") ?? "")?.[1];
  return session === "signed-in" ? { id: "user-1" } : undefined;
}
