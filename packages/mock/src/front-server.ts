import { type IncomingMessage, type Server, type ServerResponse, createServer } from "node:http";
import { sendError } from "./error-response.js";
import { forward } from "./forward.js";
import { isJsonType, jsonError } from "./json-body.js";
import { dropBody, readBody } from "./read-body.js";

/** The largest request body the mock reads (1 MiB): the API's own bodies are a few kB. */
const BODY_LIMIT = 1024 * 1024;
// After a 413 the client may still be sending. Closing the connection then makes the OS reset it, and the
// client may see the reset instead of the 413, so the mock reads on and drops the bytes, up to this much.
const DROP_LIMIT = 16 * BODY_LIMIT;

/**
 * The server in front of Prism: it answers what Prism would never answer (a malformed JSON body, on which
 * Prism 5.14.2 hangs) or should not read whole (an oversized body), and hands everything else to Prism.
 */
export function createFrontServer(target: () => URL | undefined, log: (line: string) => void): Server {
  const refuse = (req: IncomingMessage, res: ServerResponse, status: number, message: string, code: string) => {
    log(`[linkcard-mock] ${req.method} ${req.url} → ${status} ${message}`);
    sendError(req, res, status, message, code);
  };
  const tooLarge = (req: IncomingMessage, res: ServerResponse, sending = true) => {
    if (sending) dropBody(req, DROP_LIMIT);
    // a client waiting for `100 Continue` sends no body: the connection cannot carry another request
    else res.setHeader("connection", "close");
    refuse(req, res, 413, `Request body over ${BODY_LIMIT} bytes`, "payload_too_large");
  };
  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const body = await readBody(req, BODY_LIMIT).catch(() => null);
    if (body === null) return void res.destroy(); // the client left mid-body: nobody to answer
    if (body === undefined) return tooLarge(req, res);
    const malformed = isJsonType(req.headers["content-type"]) ? jsonError(body) : undefined;
    if (malformed !== undefined) return refuse(req, res, 400, `Malformed JSON body: ${malformed}`, "bad_request");
    const prism = target();
    if (!prism) return refuse(req, res, 503, "The mock is still starting", "service_unavailable");
    forward(req, body, res, prism);
  };
  // whatever goes wrong with one request must not take the mock down (an unhandled rejection would)
  const serve = (req: IncomingMessage, res: ServerResponse) =>
    handle(req, res).catch((error: Error) => {
      if (res.headersSent) res.destroy();
      else refuse(req, res, 500, `The mock failed: ${error.message}`, "internal_error");
    });
  const server = createServer(serve);
  // `Expect: 100-continue` (curl's habit for bodies over 1 MB): refuse an oversized body before it is sent
  server.on("checkContinue", (req: IncomingMessage, res: ServerResponse) => {
    if (Number(req.headers["content-length"]) > BODY_LIMIT) return tooLarge(req, res, false);
    res.writeContinue();
    void serve(req, res);
  });
  return server;
}
