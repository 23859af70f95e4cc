import type { LinkcardClient } from "@linkcard/core";
import type { QueryClient } from "@tanstack/react-query";
import { createContext } from "react";

/** What LinkcardProvider hands down: the client, the QueryClient to keep mutations in (if not the ambient one), and the provider's own key. */
export interface LinkcardContextValue {
  client: LinkcardClient;
  queryClient: QueryClient | undefined;
  key: string;
}

export const LinkcardContext = createContext<LinkcardContextValue | null>(null);
