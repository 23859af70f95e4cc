import type { LinkcardClient, LinkcardError, Message } from "@linkcard/core";
import type { MutationKey, UseMutationOptions } from "@tanstack/react-query";
import { type SendLinkPreviewVariables, sendOnce } from "./in-flight.js";

/** The default key of sendLinkPreview mutations: filter on it for all of them (`useMutationState`, `isMutating`). */
export const sendLinkPreviewMutationKey = ["linkcard", "sendLinkPreview"] as const;

/** Options of `sendLinkPreviewMutationOptions`. */
export interface SendLinkPreviewMutationConfig {
  /** The mutation's key (default `sendLinkPreviewMutationKey`). */
  mutationKey?: MutationKey;
}

/**
 * The options of a sendLinkPreview mutation, TanStack-style: `useMutation(sendLinkPreviewMutationOptions(client))`.
 * No retries: the client retries what is safe. Identical sends in flight are joined (see `sendOnce`).
 */
export const sendLinkPreviewMutationOptions = (client: LinkcardClient, { mutationKey = sendLinkPreviewMutationKey }: SendLinkPreviewMutationConfig = {}) =>
  ({
    mutationKey,
    mutationFn: (variables: SendLinkPreviewVariables) => sendOnce(client, variables),
    retry: false,
  }) satisfies UseMutationOptions<Message, LinkcardError, SendLinkPreviewVariables>;
