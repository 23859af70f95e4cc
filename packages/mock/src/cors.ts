/** The CORS headers Prism puts on its answers, for the mock's own: a page (the docs playground) reads both. */
export function corsHeaders(request: Request): Record<string, string> {
  return {
    "access-control-allow-origin": request.headers.get("origin") || "*",
    "access-control-allow-headers": request.headers.get("access-control-request-headers") || "*",
    "access-control-allow-credentials": "true",
    "access-control-expose-headers": "*",
  };
}
