import { errorBody, errorResponse, jsonResponse, readBody } from "@linkcard/http";
import { corsHeaders } from "./cors.js";
import { forward } from "./forward.js";
import { isJsonType, jsonError } from "./json-body.js";
import { undocumentedCode } from "./prefer-code.js";
import type { Prism } from "./prism-server.js";
import { describeViolations } from "./violations.js";

/** The largest request body the mock reads (1 MiB): the API's own bodies are a few kB. */
export const BODY_LIMIT = 1024 * 1024;

/**
 * The mock's answer to a request. It answers itself what Prism would never answer (a malformed JSON body,
 * on which Prism 5.x hangs), should not read whole (an oversized body) or would answer with a status that
 * means something else in this spec; everything else is Prism's.
 */
export function createFrontHandler(prism: Prism, log: (line: string) => void) {
  return async (request: Request): Promise<Response> => {
    const logAnswer = (status: number, message: string) => log(`[linkcard-mock] ${request.method} ${new URL(request.url).pathname} → ${status} ${message}`);
    const refuse = (status: number, code: string, message: string) => {
      logAnswer(status, message);
      return errorResponse(status, code, message, {}, corsHeaders(request));
    };

    const body = await readBody(request.body, BODY_LIMIT, request.headers.get("content-length"));
    if (!body) return refuse(413, "payload_too_large", `Request body over ${BODY_LIMIT} bytes`);
    const malformed = isJsonType(request.headers.get("content-type")) ? jsonError(body) : undefined;
    if (malformed !== undefined) return refuse(400, "bad_request", `Malformed JSON body: ${malformed}`);
    const undocumented = undocumentedCode(request, prism.operations);
    if (undocumented) return refuse(400, "bad_request", undocumented);

    let answer: Response;
    try {
      answer = await forward(request, body, prism.url);
    } catch (error) {
      if (request.signal.aborted) throw error; // the client left: nobody to tell
      return refuse(502, "bad_gateway", `The mock's Prism did not answer: ${(error as Error).message}`);
    }

    // Prism answers a request that breaks the spec with the first of 422 and 400 the spec documents. Here
    // 422 means "session not working" and 400 a malformed request, so the mock says 400, naming what is wrong.
    const violations = answer.status === 422 || answer.status === 400 ? describeViolations(answer.headers.get("sl-violations")) : undefined;
    if (!violations) return answer;
    await answer.body?.cancel();
    const message = `Invalid request: ${violations}`;
    logAnswer(400, message);
    const headers = Object.fromEntries([...answer.headers].filter(([name]) => name !== "content-length" && name !== "content-type"));
    return jsonResponse(400, errorBody(400, "bad_request", message), headers);
  };
}
