export { LinkcardProvider } from "./provider.js";
export type { LinkcardProviderProps } from "./provider.js";
export { useLinkcardClient } from "./use-linkcard-client.js";
export { useSendLinkPreview } from "./use-send-link-preview.js";
export type { UseSendLinkPreviewOptions } from "./use-send-link-preview.js";
export { sendLinkPreviewMutationKey, sendLinkPreviewMutationOptions } from "./mutation-options.js";
export type { SendLinkPreviewMutationConfig } from "./mutation-options.js";
export type { SendLinkPreviewVariables } from "./in-flight.js";
