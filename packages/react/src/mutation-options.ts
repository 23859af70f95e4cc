import type { LinkcardClient, LinkcardError, Message, SendLinkPreviewParams } from "@linkcard/core";
import type { UseMutationOptions } from "@tanstack/react-query";

/** The mutation key every sendLinkPreview mutation starts with: filter on it for all of them (`useMutationState`, `isMutating`). */
export const sendLinkPreviewMutationKey = ["linkcard", "sendLinkPreview"] as const;

// each client gets its own key, so two providers with two clients never share mutation state
const ids = new WeakMap<LinkcardClient, number>();
let last = 0;
const idOf = (client: LinkcardClient) => ids.get(client) ?? (ids.set(client, ++last), last);

/**
 * The options of a sendLinkPreview mutation: `useMutation(sendLinkPreviewMutationOptions(client))`. No
 * retries: the client retries what is safe. The key ends with the client's own id, unless given another.
 */
export const sendLinkPreviewMutationOptions = (client: LinkcardClient, id: number | string = idOf(client)) =>
  ({
    mutationKey: [...sendLinkPreviewMutationKey, id],
    mutationFn: (params: SendLinkPreviewParams) => client.sendLinkPreview(params),
    retry: false,
  }) satisfies UseMutationOptions<Message, LinkcardError, SendLinkPreviewParams>;
