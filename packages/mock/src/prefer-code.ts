import parsePreferHeader from "parse-prefer-header";
import type { Operation } from "./prism-server.js";

/** The operation a request reaches: the spec's path templates, a `{name}` standing for one segment. */
function operationFor(operations: Operation[], method: string, path: string): Operation | undefined {
  return operations.find(
    (operation) =>
      operation.method.toLowerCase() === method.toLowerCase() &&
      new RegExp(`^${operation.path.split(/\{[^}/]*\}/).map(escape).join("[^/]+")}$`).test(path),
  );
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The status a request asks for, read as Prism reads it: `Prefer: code=…`, else `?__code=…`. */
function askedCode(request: Request, url: URL): string | true | undefined {
  const prefer = request.headers.get("prefer");
  return prefer ? parsePreferHeader(prefer).code : (url.searchParams.get("__code") ?? undefined);
}

/** Whether Prism can serve `code` from these responses: the status itself, its `NXX` range, or `default`. */
function documents(codes: string[], code: string): boolean {
  return /^\d{3}$/.test(code) && codes.some((c) => c === code || c.toUpperCase() === `${code[0]}XX` || c.toLowerCase() === "default");
}

/**
 * Why a request asks for a status its operation does not document, or `undefined` when it does not.
 * Prism would answer such a request with a 404 of its own, which a client reads as the API's 404.
 */
export function undocumentedCode(request: Request, operations: Operation[]): string | undefined {
  const url = new URL(request.url);
  const code = askedCode(request, url);
  const operation = code === undefined ? undefined : operationFor(operations, request.method, url.pathname);
  if (!operation) return undefined;
  const codes = operation.responses.map((response) => response.code);
  if (documents(codes, String(code))) return undefined;
  return `The spec documents no ${code} response for ${request.method} ${operation.path}; ask for one of ${codes.join(", ")}`;
}
