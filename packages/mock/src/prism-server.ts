// Prism through its packages, as `prism mock` runs it: the spec's operations, and Prism's own HTTP server
// on a loopback port that only the front server talks to.
import { createLogger } from "@stoplight/prism-core";
import { getHttpOperationsFromSpec } from "@stoplight/prism-http";
import { createServer } from "@stoplight/prism-http-server";
import { labelLevels, prismLog } from "./prism-log.js";

/** What the front server needs to know of an operation: where it is and which statuses it documents. */
export interface Operation {
  method: string;
  path: string;
  responses: { code: string }[];
}

export interface Prism {
  /** Where Prism listens (loopback, a port the OS picked). */
  url: URL;
  operations: Operation[];
  close(): Promise<void>;
}

/** Reads the spec, starts Prism's HTTP server on it, and resolves once it listens. */
export async function startPrism(spec: string, dynamic: boolean, onLine: (line: string) => void): Promise<Prism> {
  const operations = await getHttpOperationsFromSpec(spec);
  if (operations.length === 0) throw new Error(`No operations found in ${spec}`);
  const logger = createLogger("PRISM", { level: "info", formatters: labelLevels }, prismLog(onLine));
  const server = createServer(operations, {
    // the docs playground calls the mock from another origin
    cors: true,
    // `prism mock`'s configuration: requests and responses validated, the examples served unless dynamic
    config: {
      isProxy: false,
      validateRequest: true,
      validateResponse: true,
      checkSecurity: true,
      errors: false,
      upstreamProxy: undefined,
      mock: { dynamic },
    },
    components: { logger: logger.child({ name: "HTTP SERVER" }) },
  });
  const url = new URL(await server.listen(0, "127.0.0.1"));
  return { url, operations, close: () => server.close() };
}
