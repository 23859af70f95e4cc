"use client";
import type { LinkcardError, Message, SendLinkPreviewParams } from "@linkcard/core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import { sendLinkPreviewMutationOptions } from "./mutation-options.js";
import { useLinkcardContext } from "./use-linkcard-client.js";

/** Options of useSendLinkPreview: TanStack Query's mutation options, less the ones it sets. */
export type UseSendLinkPreviewOptions<TContext = unknown> = Omit<
  UseMutationOptions<Message, LinkcardError, SendLinkPreviewParams, TContext>,
  "mutationFn" | "mutationKey"
>;

/**
 * Sends a link-preview card with the provider's client: `mutate(params)`, then `data` (the sent `Message`)
 * or `error` (one of @linkcard/core's error classes: `APIError` has the status). `retry: false` unless you
 * say otherwise: the client already retries where the message certainly was not sent.
 */
export function useSendLinkPreview<TContext = unknown>(
  options?: UseSendLinkPreviewOptions<TContext>,
): UseMutationResult<Message, LinkcardError, SendLinkPreviewParams, TContext> {
  // the provider's key, not the client's: the client may change between renders, a send in flight may not be reset
  const { client, queryClient, key } = useLinkcardContext();
  return useMutation({ ...sendLinkPreviewMutationOptions(client, key), ...options }, queryClient);
}
