"use client";
import { type LinkcardClient, ValidationError } from "@linkcard/core";
import type { QueryClient } from "@tanstack/react-query";
import { type ReactNode, createElement, useMemo } from "react";
import { LinkcardContext } from "./context.js";

/** Props of LinkcardProvider. */
export interface LinkcardProviderProps {
  /** The client to send with: in a browser, `createClient({ proxy: "/api/linkcard" })`, a client of your proxy. */
  client: LinkcardClient;
  /** Where your unfurl handler (`@linkcard/unfurl`'s `createUnfurlHandler`) is mounted, for `useUnfurl` (default `/api/linkcard/unfurl`). */
  unfurl?: string;
  /** The QueryClient to keep the mutations and queries in; default: the one of the nearest QueryClientProvider. */
  queryClient?: QueryClient;
  /** Your components. */
  children?: ReactNode;
}

/** Makes a client (and the unfurl handler's path) available to `useSendLinkPreview`, `useUnfurl` and `useLinkcardClient` below it. */
export function LinkcardProvider({ client, unfurl = "/api/linkcard/unfurl", queryClient, children }: LinkcardProviderProps) {
  if (typeof client?.sendLinkPreview !== "function")
    throw new ValidationError("LinkcardProvider props", [{ path: "client", message: "must be a client from @linkcard/core's createClient()" }]);
  const value = useMemo(() => ({ client, unfurl, queryClient }), [client, unfurl, queryClient]);
  return createElement(LinkcardContext.Provider, { value }, children);
}
