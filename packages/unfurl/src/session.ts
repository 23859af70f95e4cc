import { Agent, fetch, type Response } from "undici";
import { checkUrl, portOf, redactUrl, type Policy } from "./destination.js";
import { ConnectionError, HttpStatusError, InvalidUrlError, TimeoutError, TooManyRedirectsError, UnfurlError } from "./errors.js";
import { guardedLookup } from "./lookup.js";
import { isIpLiteral } from "./address.js";

/** Redirects followed at most, each checked like the first URL. */
export const MAX_REDIRECTS = 5;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
// Sites serve their card markup to WhatsApp's crawler (the pages checked here are meant for it), and
// Signal-Desktop's link-preview fetcher sends the same User-Agent for the same reason.
const USER_AGENT = "WhatsApp/2";

/**
 * One unfurl's fetches: one deadline over every hop, header and body (and the image), the caller's
 * signal, and one undici Agent per hop whose connections only go where the policy allows.
 */
export class Session {
  readonly policy: Policy;
  readonly timeout: number;
  private readonly controller = new AbortController();
  private readonly timer: ReturnType<typeof setTimeout> | undefined;
  private readonly agents: Agent[] = [];
  private readonly onAbort: () => void;

  constructor(policy: Policy, timeout: number, private readonly signal: AbortSignal | undefined, what: string) {
    // Bun ignores undici's dispatcher and its connect.lookup (a request to a name reaches whatever it
    // resolves to: tried with Bun 1.4.5), and Deno's is untested: the address check would not happen
    const runtime = process.versions.bun ? "Bun" : process.versions.deno ? "Deno" : undefined;
    if (runtime) throw new UnfurlError(`@linkcard/unfurl runs on Node only: on ${runtime}, the addresses it connects to could not be checked`);
    this.policy = policy;
    this.timeout = timeout;
    if (Number.isFinite(timeout)) this.timer = setTimeout(() => this.controller.abort(new TimeoutError(what, timeout)), timeout);
    this.onAbort = () => this.controller.abort(signal!.reason);
    if (signal?.aborted) this.onAbort();
    signal?.addEventListener("abort", this.onAbort, { once: true });
  }

  /** Why the session stopped (a TimeoutError, or the caller's signal's reason), if it has. */
  get stopped(): unknown {
    return this.controller.signal.aborted ? this.controller.signal.reason : undefined;
  }

  /** Fetches `input`, following up to 5 redirects, each hop checked again; resolves to a 2xx response and the URL it came from. */
  async fetch(input: string, accept: string): Promise<{ response: Response; url: URL }> {
    let url = checkUrl(input, this.policy);
    for (let hop = 0; ; hop++) {
      const looked = new Set<string>();
      const agent = new Agent({ connect: { lookup: guardedLookup(portOf(url), this.policy, looked) } });
      this.agents.push(agent);
      let response: Response;
      try {
        response = await fetch(url.href, {
          dispatcher: agent,
          redirect: "manual",
          signal: this.controller.signal,
          headers: { accept, "user-agent": USER_AGENT },
        });
      } catch (error) {
        throw this.failure(error, url.href);
      }
      // a runtime that ignores the dispatcher (Bun does) would have connected unchecked: never use its answer
      if (!isIpLiteral(url.hostname) && !looked.has(url.hostname)) {
        await response.body?.cancel();
        throw new UnfurlError(`${url.href}: the connection was not made through the address check; refusing its answer`);
      }
      if (REDIRECTS.has(response.status)) {
        const location = response.headers.get("location");
        await response.body?.cancel();
        if (location === null) throw new HttpStatusError(url.href, response.status, " (a redirect with no Location)");
        if (hop === MAX_REDIRECTS) throw new TooManyRedirectsError(redactUrl(location), MAX_REDIRECTS);
        let next: string;
        try {
          next = new URL(location, url).href;
        } catch {
          throw new InvalidUrlError(location, `not a URL (the Location of ${url.href})`);
        }
        url = checkUrl(next, this.policy);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        await response.body?.cancel();
        throw new HttpStatusError(url.href, response.status);
      }
      return { response, url };
    }
  }

  /**
   * Reads a body chunk by chunk, at most `cap` bytes, until `take` returns true; then stops reading,
   * which closes the connection. Resolves to the bytes read and whether the cap cut the body.
   */
  async read(response: Response, url: string, cap: number, take: (chunk: Uint8Array) => boolean): Promise<{ bytes: number; capped: boolean }> {
    if (!response.body) return { bytes: 0, capped: false };
    const reader = response.body.getReader();
    let bytes = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return { bytes, capped: false };
        const room = cap - bytes;
        bytes += Math.min(value.length, room);
        if (take(value.length > room ? value.subarray(0, room) : value)) return { bytes, capped: false };
        if (value.length >= room) return { bytes, capped: true };
      }
    } catch (error) {
      throw this.failure(error, url);
    } finally {
      reader.cancel().catch(() => {});
    }
  }

  /** What a failed fetch or read means: the deadline, the caller's abort, a refusal, or a connection error. */
  failure(error: unknown, url: string): unknown {
    if (this.stopped !== undefined) return this.stopped;
    for (let inner = error; inner instanceof Error; inner = inner.cause) if (inner instanceof UnfurlError) return inner;
    return new ConnectionError(url, error);
  }

  close(): void {
    clearTimeout(this.timer);
    this.signal?.removeEventListener("abort", this.onAbort);
    for (const agent of this.agents) agent.destroy().catch(() => {});
  }
}
