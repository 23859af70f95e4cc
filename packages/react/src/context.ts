import type { LinkcardClient } from "@linkcard/core";
import type { QueryClient } from "@tanstack/react-query";
import { createContext } from "react";

/** What LinkcardProvider hands down: the client, and the QueryClient to keep mutations in (if not the ambient one). */
export interface LinkcardContextValue {
  client: LinkcardClient;
  queryClient: QueryClient | undefined;
}

export const LinkcardContext = createContext<LinkcardContextValue | null>(null);
