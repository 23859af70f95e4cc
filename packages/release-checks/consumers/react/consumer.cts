import react = require("@linkcard/react");

export const useSend = (): ReturnType<typeof react.useSendLinkPreview> => react.useSendLinkPreview();
// @ts-expect-error the provider needs a client
export const provider = react.LinkcardProvider({});
