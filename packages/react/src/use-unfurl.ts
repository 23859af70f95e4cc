"use client";
import { type SendLinkPreviewParams, validateSendLinkPreviewParams } from "@linkcard/core";
import { type UseQueryResult, useQuery } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { type UnfurlResult, UnfurlRequestError } from "./unfurl-result.js";
import { useLinkcardContext } from "./use-linkcard-client.js";

/** Options of useUnfurl: the card params besides the URL, and when to ask. */
export interface UseUnfurlOptions extends Pick<SendLinkPreviewParams, "thumbnail" | "title" | "description" | "linkPreviewHighQuality"> {
  /** Ask only when true (default true). */
  enabled?: boolean;
  /** How long the URL must stay the same before it is asked about, in ms (default 500): a URL being typed fires nothing. */
  delay?: number;
}

/** The query key of a card check: per URL, then the other params. */
export const unfurlQueryKey = (url: string, params: Omit<UseUnfurlOptions, "enabled" | "delay"> = {}) => ["linkcard", "unfurl", url, params] as const;

/** Whether a URL is one to ask about: one the spec takes, with a host name that has a dot (or is localhost). */
const complete = (url: string | undefined): url is string => {
  if (!url || validateSendLinkPreviewParams({ chatId: "0000000", url }).length) return false;
  const { hostname } = new URL(url);
  return hostname.includes(".") || hostname === "localhost";
};

/**
 * The card the recipient will see for `url`, read by your server's unfurl handler
 * (`createUnfurlHandler`, mounted where the provider's `unfurl` prop says): the page's title, description
 * and image, the predicted card size and every WhatsApp rule it breaks. Cached per URL and params; a
 * refusal (4xx) is not retried.
 */
export function useUnfurl(url: string | undefined, options: UseUnfurlOptions = {}): UseQueryResult<UnfurlResult, UnfurlRequestError> {
  const { unfurl, queryClient } = useLinkcardContext();
  const { enabled = true, delay = 500, ...params } = options;
  const [settled, setSettled] = useState(url);
  useEffect(() => {
    const timer = setTimeout(setSettled, delay, url);
    return () => clearTimeout(timer);
  }, [url, delay]);
  return useQuery(
    {
      queryKey: unfurlQueryKey(settled as string, params),
      queryFn: async ({ signal }) => {
        const query = new URLSearchParams({ url: settled as string });
        for (const [name, value] of Object.entries(params)) if (value !== undefined) query.set(name, String(value));
        const response = await fetch(`${unfurl}?${query}`, { signal, headers: { accept: "application/json" } });
        const body = await response.json().catch(() => undefined);
        if (!response.ok) throw new UnfurlRequestError(response.status, body);
        return body as UnfurlResult;
      },
      enabled: enabled && settled === url && complete(settled),
      retry: (failures, error) => error.status >= 500 && failures < 1,
      staleTime: 5 * 60_000,
    },
    queryClient,
  );
}
