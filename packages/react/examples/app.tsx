// The page's setup: a client of your proxy (no token in the browser), and the providers.
import { createClient } from "@linkcard/core";
import { LinkcardProvider } from "@linkcard/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { SendCard } from "./send-card.js";

const linkcard = createClient({ proxy: "/api/linkcard" });
const queryClient = new QueryClient();

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LinkcardProvider client={linkcard}>
        <SendCard chatId="201234567890" />
      </LinkcardProvider>
    </QueryClientProvider>
  );
}
