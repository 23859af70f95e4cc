import { type IncomingHttpHeaders, type IncomingMessage, type ServerResponse, request } from "node:http";
import { pipeline } from "node:stream";
import { sendError } from "./error-response.js";
import { describeViolations } from "./violations.js";

// per hop, not per message: each side of the proxy sets its own
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "te", "trailer", "upgrade", "expect"]);

/** Sends a request, with the body already read, on to Prism at `target`, and streams Prism's answer back. */
export function forward(req: IncomingMessage, body: Buffer, res: ServerResponse, target: URL) {
  const headers = withoutHopByHop(req.headers);
  delete headers["content-length"];
  // say a body was sent (even an empty one) exactly when the client said so: Prism reads none otherwise
  if (body.length || "content-length" in req.headers || "transfer-encoding" in req.headers)
    headers["content-length"] = String(body.length);
  // a fresh connection per request: a kept-alive one can be closed by Prism just as we reuse it
  const upstream = request(target, { method: req.method, path: req.url, headers, agent: false });
  upstream.on("response", (answer) => {
    const found = answer.statusCode === 400 ? answer.headers["sl-violations"]?.toString() : undefined;
    const violations = describeViolations(found);
    if (violations) return void nameViolations(answer, res, violations);
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, withoutHopByHop(answer.headers));
    pipeline(answer, res, () => {});
  });
  upstream.on("error", (error) => {
    if (res.destroyed || res.writableEnded) return;
    if (res.headersSent) res.destroy();
    else sendError(req, res, 502, `The mock's Prism did not answer: ${error.message}`, "bad_gateway");
  });
  // the client went away: drop the request to Prism too
  res.on("close", () => upstream.destroy());
  upstream.end(body);
}

/** Replaces the message of Prism's 400 example (fixed, whatever was wrong) with the violations it found. */
function nameViolations(answer: IncomingMessage, res: ServerResponse, violations: string) {
  const chunks: Buffer[] = [];
  answer.on("data", (chunk: Buffer) => chunks.push(chunk));
  answer.on("error", () => res.destroy());
  answer.on("end", () => {
    let body = Buffer.concat(chunks);
    const example = parseObject(body);
    // only an object can take a message; anything else (dynamic mode may make it up) goes out as it came
    if (example) body = Buffer.from(JSON.stringify({ ...example, message: `Invalid request: ${violations}` }));
    const headers = withoutHopByHop(answer.headers);
    headers["content-length"] = String(body.length);
    res.writeHead(400, answer.statusMessage, headers);
    res.end(body);
  });
}

function parseObject(body: Buffer): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body.toString("utf8"));
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

function withoutHopByHop(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !HOP_BY_HOP.has(name)));
}
