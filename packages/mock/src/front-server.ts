import { type Server, createServer } from "node:http";
import { errorResponse, toNodeListener } from "@linkcard/http";
import { corsHeaders } from "./cors.js";
import { BODY_LIMIT } from "./front-handler.js";

type Handler = (request: Request) => Promise<Response>;

const starting: Handler = async (request) => errorResponse(503, "service_unavailable", "The mock is still starting", {}, corsHeaders(request));

/**
 * The mock's public server at `origin`: it listens at once and answers 503 until `serve` hands it the
 * handler (once Prism listens behind it).
 */
export function createFrontServer(origin: string): { server: Server; serve: (handler: Handler) => void } {
  let handler = starting;
  // Requests' URLs are the mock's own origin whatever `Host` says, so that any name reaches it, as it
  // reaches Prism (a docker-compose service name such as `wawp_mock` is not a valid host name)
  const listener = toNodeListener((request) => handler(request), { origin });
  const server = createServer(listener);
  // `Expect: 100-continue` (curl's habit for bodies over 1 MB): refuse an oversized body before it is sent
  server.on("checkContinue", (req, res) => {
    // the client waits for a `100 Continue` that never comes: the connection cannot carry another request
    if (Number(req.headers["content-length"]) > BODY_LIMIT) res.setHeader("connection", "close");
    else res.writeContinue();
    listener(req, res);
  });
  return { server, serve: (next) => (handler = next) };
}
