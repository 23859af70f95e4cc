// The page's side: its address is the proxy's origin (see global-setup.ts), so "/api/linkcard" is
// same-origin, as in an app.
import { createClient } from "@linkcard/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { inject } from "vitest";
import { LinkcardProvider } from "../src/index.js";

export const params = { chatId: "201234567890", url: "https://wawp.net" };

(window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${inject("proxyOrigin")}/`);

/** A page's fetch that counts what leaves the page. */
export function countingFetch() {
  const counter: { requests: number; fetch: typeof fetch } = {
    requests: 0,
    fetch: (input, init) => (counter.requests++, fetch(input, init)),
  };
  return counter;
}

/** A client of the proxy, as a page makes one; `prefer` picks the mock's answer (the proxy forwards it). */
export const browserClient = (prefer?: string, fetch?: typeof globalThis.fetch) =>
  createClient({ proxy: "/api/linkcard", maxRetries: 0, ...(prefer && { headers: { prefer } }), ...(fetch && { fetch }) });

/** A wrapper with a fresh QueryClient and a LinkcardProvider around the tree. */
export function wrapperWith(client = browserClient(), queryClient = new QueryClient()) {
  return {
    queryClient,
    wrapper: ({ children }: { children?: ReactNode }) => (
      <QueryClientProvider client={queryClient}>
        <LinkcardProvider client={client}>{children}</LinkcardProvider>
      </QueryClientProvider>
    ),
  };
}
