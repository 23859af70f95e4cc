/** An environment variable as set (an empty one included), where there is an environment (Node, Bun, Deno with --allow-env). */
export const env = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name];
