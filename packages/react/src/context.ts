import type { LinkcardClient } from "@linkcard/core";
import type { QueryClient } from "@tanstack/react-query";
import { createContext } from "react";

/** What LinkcardProvider hands down: the client, the unfurl handler's path, and the QueryClient to use (if not the ambient one). */
export interface LinkcardContextValue {
  client: LinkcardClient;
  unfurl: string;
  queryClient: QueryClient | undefined;
}

export const LinkcardContext = createContext<LinkcardContextValue | null>(null);
