/** An environment variable, where there is one (Node, Bun, Deno with --allow-env); undefined when empty. */
export const env = (name: string): string | undefined =>
  (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env?.[name] || undefined;
