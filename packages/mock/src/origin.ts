/** The base URL of a server on `host`:`port`, e.g. `http://127.0.0.1:4010` (an IPv6 host in brackets). */
export function originOf(host: string, port: number): string {
  return `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
}
