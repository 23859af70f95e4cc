import { APIError, createClient } from "@linkcard/core";
import { LinkcardProvider, sendLinkPreviewMutationKey, useSendLinkPreview } from "@linkcard/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";

function SendCard({ chatId }: { chatId: string }) {
  const { mutate, data, error } = useSendLinkPreview();
  // @ts-expect-error url is required
  const incomplete = () => mutate({ chatId });
  return (
    <button type="button" onClick={() => mutate({ chatId, url: "https://wawp.net" })} onDoubleClick={incomplete}>
      {data ? data.id._serialized : error instanceof APIError ? error.status : "Send"}
    </button>
  );
}

export const key: readonly unknown[] = sendLinkPreviewMutationKey;
export function App() {
  return (
    <QueryClientProvider client={new QueryClient()}>
      <LinkcardProvider client={createClient({ proxy: "/api/linkcard" })}>
        <SendCard chatId="201234567890" />
      </LinkcardProvider>
    </QueryClientProvider>
  );
}
