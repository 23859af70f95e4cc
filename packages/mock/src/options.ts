// Prism needs about a second on an idle 2-core machine and many times that on a busy one (30 s was once too
// little); the wait ends as soon as it answers, so a long limit costs nothing when all is well.
/** How long {@link startMockServer} waits for the mock to answer by default, in ms. */
export const DEFAULT_STARTUP_TIMEOUT = 120_000;

/** Options of {@link startMockServer}. */
export interface MockServerOptions {
  /** Port to listen on; 0 or absent picks a free one. */
  port?: number;
  /** Address to listen on (default `127.0.0.1`: loopback only). */
  host?: string;
  /** Answer with random data generated from the schemas instead of the documented examples. */
  dynamic?: boolean;
  /** Path to the OpenAPI document to serve (default: the bundled `@linkcard/types/openapi.json`). */
  spec?: string;
  /** How long to wait for the mock to answer, in ms (default 120000: room for a start on a busy machine). */
  startupTimeout?: number;
  /** Receives each line the mock logs (Prism's requests and violations, the front's refusals); default: dropped. */
  onLog?: (line: string) => void;
}

/** Names every invalid option, or returns nothing. */
export function optionErrors(options: MockServerOptions): string[] {
  const errors: string[] = [];
  const { port, host, startupTimeout, spec, dynamic, onLog } = options;
  if (port !== undefined && !(Number.isInteger(port) && port >= 0 && port <= 65535))
    errors.push("port must be an integer from 0 to 65535");
  if (host !== undefined && (typeof host !== "string" || host === "")) errors.push("host must be a non-empty string");
  if (startupTimeout !== undefined && !(Number.isFinite(startupTimeout) && startupTimeout > 0))
    errors.push("startupTimeout must be a positive number of milliseconds");
  if (spec !== undefined && (typeof spec !== "string" || spec === "")) errors.push("spec must be a file path");
  if (dynamic !== undefined && typeof dynamic !== "boolean") errors.push("dynamic must be a boolean");
  if (onLog !== undefined && typeof onLog !== "function") errors.push("onLog must be a function");
  return errors;
}
