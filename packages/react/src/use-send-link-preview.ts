"use client";
import type { LinkcardError, Message } from "@linkcard/core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import type { SendLinkPreviewVariables } from "./in-flight.js";
import { sendLinkPreviewMutationOptions } from "./mutation-options.js";
import { useLinkcardContext } from "./use-linkcard-client.js";

/** Options of useSendLinkPreview: TanStack Query's mutation options, less the function it sets. */
export type UseSendLinkPreviewOptions<TContext = unknown> = Omit<UseMutationOptions<Message, LinkcardError, SendLinkPreviewVariables, TContext>, "mutationFn">;

/**
 * Sends a link-preview card with the provider's client: `mutate(params)` (with `requestOptions` for this
 * send, if any), then `data` (the sent `Message`) or `error` (one of @linkcard/core's error classes).
 * The same params sent again while in flight join that send. `retry: false` unless you say otherwise.
 */
export function useSendLinkPreview<TContext = unknown>(
  options?: UseSendLinkPreviewOptions<TContext>,
): UseMutationResult<Message, LinkcardError, SendLinkPreviewVariables, TContext> {
  const { client, queryClient } = useLinkcardContext();
  return useMutation({ ...sendLinkPreviewMutationOptions(client, options), ...options }, queryClient);
}
