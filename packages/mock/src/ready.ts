import { request } from "node:http";

/**
 * Whether the mock at `url` answers, Prism behind it included: a CORS preflight, which the front server
 * passes on and Prism answers itself (204) without logging it; the front alone, still starting, says 503.
 */
function answers(url: string, signal: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    const headers = { origin: url, "access-control-request-method": "POST" };
    const probe = request(`${url}/`, { method: "OPTIONS", headers, agent: false, signal }, (res) => {
      res.resume();
      resolve(res.statusCode === 204);
    });
    probe.once("error", () => resolve(false));
    probe.end();
  });
}

/** Probes the mock at `url` until it answers (resolves `true`) or `signal` aborts (resolves `false`). */
export async function probeUntilReady(url: string, signal: AbortSignal): Promise<boolean> {
  while (!signal.aborted) {
    if (await answers(url, signal)) return true;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return false;
}
