/** Every error @linkcard/unfurl throws. */
export class UnfurlError extends Error {
  override name: string = "UnfurlError";
}

/** One thing wrong with what was passed in: where (`url`, `options.timeout`, `params.title` ...) and what. */
export interface Issue {
  path: string;
  message: string;
}

/** The arguments or options break the API: `issues` names each violation. Nothing was fetched. */
export class InvalidInputError extends UnfurlError {
  override name = "InvalidInputError" as const;
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(issues.map(({ path, message }) => `${path} ${message}`).join("; "));
    this.issues = issues;
  }
}

/** A URL that cannot be fetched as given (not http(s), credentials in it, unparsable): the one passed in or a redirect's. */
export class InvalidUrlError extends UnfurlError {
  override name = "InvalidUrlError" as const;
  /** The URL as it was given (credentials in it replaced by `***`). */
  readonly url: string;
  constructor(url: string, why: string) {
    super(`${url}: ${why}`);
    this.url = url;
  }
}

/** The destination is not on the public Internet, or not on port 80 or 443: refused before any connection. */
export class RefusedAddressError extends UnfurlError {
  override name = "RefusedAddressError" as const;
  /** The address refused (an IP address, or the host name whose port was refused). */
  readonly address: string;
  /** The port it would have been reached on. */
  readonly port: number;
  /** Why: the address's range (`loopback`, `private` ...), or the port rule. */
  readonly reason: string;
  constructor(host: string, address: string, port: number, reason: string) {
    super(`refused ${host === address ? address : `${host} (${address})`} port ${port}: ${reason}`);
    this.address = address;
    this.port = port;
    this.reason = reason;
  }
}

/** More redirects than allowed (5). */
export class TooManyRedirectsError extends UnfurlError {
  override name = "TooManyRedirectsError" as const;
  constructor(url: string, limit: number) {
    super(`more than ${limit} redirects, the last to ${url}`);
  }
}

/** A body over its cap (an image over 5 MB); the rest was not read. */
export class TooLargeError extends UnfurlError {
  override name = "TooLargeError" as const;
  /** The cap, in bytes. */
  readonly limit: number;
  constructor(url: string, limit: number) {
    super(`${url} is larger than ${limit} bytes; read no further`);
    this.limit = limit;
  }
}

/** No answer, or not all of it, within the time allowed (10 s by default, over every redirect). */
export class TimeoutError extends UnfurlError {
  override name = "TimeoutError" as const;
  constructor(url: string, ms: number) {
    super(`${url}: no complete answer within ${ms} ms`);
  }
}

/** The final answer was not a success (2xx), or a redirect without a Location. */
export class HttpStatusError extends UnfurlError {
  override name = "HttpStatusError" as const;
  readonly status: number;
  constructor(url: string, status: number, detail = "") {
    super(`${url} answered HTTP ${status}${detail}`);
    this.status = status;
  }
}

/** The page is not HTML (its Content-Type says something else). */
export class NotHtmlError extends UnfurlError {
  override name = "NotHtmlError" as const;
  /** The Content-Type it came with. */
  readonly contentType: string;
  constructor(url: string, contentType: string) {
    super(`${url} is ${contentType}, not HTML`);
    this.contentType = contentType;
  }
}

/** The image's bytes are no image format known (image-size's list), so it has no size to measure. */
export class NotImageError extends UnfurlError {
  override name = "NotImageError" as const;
  constructor(url: string, contentType: string | null) {
    super(`${url} is not an image that can be measured${contentType ? ` (served as ${contentType})` : ""}`);
  }
}

/** The connection failed (refused, reset, no such host, TLS). */
export class ConnectionError extends UnfurlError {
  override name = "ConnectionError" as const;
  constructor(url: string, cause: unknown) {
    super(`${url}: ${describe(cause)}`, { cause });
  }
}

/** The innermost reason of a fetch failure, as undici gives it (`ECONNREFUSED: connect ECONNREFUSED 127.0.0.1:80`). */
function describe(error: unknown): string {
  let inner = error as { cause?: unknown; code?: string; message?: string } | undefined;
  while (inner?.cause instanceof Error) inner = inner.cause;
  return inner?.code && !inner.message?.startsWith(inner.code) ? `${inner.code}: ${inner.message}` : String(inner?.message ?? error);
}
