import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { freePort } from "./free-port.js";
import { DEFAULT_STARTUP_TIMEOUT, type MockServerOptions, optionErrors } from "./options.js";
import { originOf } from "./origin.js";
import { probeUntilReady } from "./ready.js";

export { freePort } from "./free-port.js";
export type { MockServerOptions } from "./options.js";

/** A running Prism mock of the contract. */
export interface MockServer {
  /** Base URL to point a client at, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** The port it listens on. */
  port: number;
  /** The id of the mock's one process (Prism, and the server in front of it). */
  pid: number;
  /** Stops the mock and waits until its process has exited. Safe to call twice. */
  stop(): Promise<void>;
  /** `await using mock = await startMockServer()` stops it at the end of the scope. */
  [Symbol.asyncDispose](): Promise<void>;
}

const require = createRequire(import.meta.url);
const mockProcess = fileURLToPath(new URL("./mock-process.js", import.meta.url));
const PORT_IN_USE = /EADDRINUSE|address already in use/i;
// how much of the process's output a start-up failure quotes: enough for Prism's message and a stack
const RECENT_LINES = 60;

/** Starts a Prism mock of the bundled spec, waits until it answers over HTTP, and returns its URL. */
export async function startMockServer(options: MockServerOptions = {}): Promise<MockServer> {
  const errors = optionErrors(options);
  if (errors.length) throw new TypeError(`startMockServer: ${errors.join("; ")}`);
  const host = options.host ?? "127.0.0.1";
  // a free port can be taken between asking and binding: try another, unless the caller chose it
  for (let attempt = 1; ; attempt++) {
    const port = options.port || (await freePort(host));
    try {
      return await launch(options, host, port);
    } catch (error) {
      if (options.port || attempt === 3 || !PORT_IN_USE.test(String(error))) throw error;
    }
  }
}

async function launch(options: MockServerOptions, host: string, port: number): Promise<MockServer> {
  const spec = options.spec ?? require.resolve("@linkcard/types/openapi.json");
  const args = ["--host", host, "--port", String(port), "--spec", spec];
  if (options.dynamic) args.push("--dynamic");
  // the IPC channel carries one message, that the port is bound: from then on a probe can only reach this child
  const child = spawn(process.execPath, [mockProcess, ...args], { stdio: ["pipe", "pipe", "pipe", "ipc"] });
  const bound = new Promise<void>((resolve) => child.once("message", () => resolve()));
  // "close", not "exit": it waits for the output to be read too, so a failure can quote a crash's last words
  const exited = new Promise<void>((resolve) => child.once("close", () => resolve()));
  const url = originOf(host, port);
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= terminate(child, exited));

  const recent: string[] = [];
  forEachLine(child, (line) => {
    recent.push(line);
    if (recent.length > RECENT_LINES) recent.shift();
    options.onLog?.(line);
  });

  const timeout = options.startupTimeout ?? DEFAULT_STARTUP_TIMEOUT;
  const probing = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const failure = await Promise.race([
    bound.then(() => probeUntilReady(url, probing.signal)).then(() => undefined),
    exited.then(() => "the process exited"),
    new Promise<string>((resolve) => (timer = setTimeout(resolve, timeout, `it did not answer within ${timeout} ms`))),
  ]);
  probing.abort();
  clearTimeout(timer);
  if (failure) {
    await stop();
    const output = recent.length ? `; its last output:\n${recent.join("\n")}` : " (it printed nothing)";
    throw new Error(`Prism did not start on ${url}: ${failure}${output}`);
  }
  return { url, port, pid: child.pid as number, stop, [Symbol.asyncDispose]: stop };
}

/** Calls `onLine` with each line of the child's stdout and stderr, the last one even without a newline. */
function forEachLine(child: ChildProcess, onLine: (line: string) => void) {
  for (const stream of [child.stdout, child.stderr]) {
    let partial = "";
    stream?.setEncoding("utf8").on("data", (chunk: string) => {
      const lines = (partial + chunk).split("\n");
      partial = lines.pop() ?? "";
      lines.forEach(onLine);
    });
    stream?.on("end", () => partial && onLine(partial));
  }
}

async function terminate(child: ChildProcess, exited: Promise<void>) {
  if (child.exitCode === null && child.signalCode === null) {
    child.kill("SIGTERM");
    const timer = setTimeout(() => child.kill("SIGKILL"), 3000);
    await exited;
    clearTimeout(timer);
  }
}
