"use client";
import type { LinkcardClient } from "@linkcard/core";
import { useContext } from "react";
import { LinkcardContext, type LinkcardContextValue } from "./context.js";

/** The provider's value; throws, saying what to do, outside a LinkcardProvider. */
export function useLinkcardContext(): LinkcardContextValue {
  const value = useContext(LinkcardContext);
  if (!value)
    throw new Error('@linkcard/react: no LinkcardProvider above this component; wrap your app in <LinkcardProvider client={createClient({ proxy: "/api/linkcard" })}>');
  return value;
}

/** The client of the nearest LinkcardProvider. */
export const useLinkcardClient = (): LinkcardClient => useLinkcardContext().client;
