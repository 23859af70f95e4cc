// The page: React renders useSendLinkPreview in a DOM (happy-dom) whose address is the proxy's origin;
// one card is sent through the proxy to the mock, and one send comes back as a typed error.
import { GlobalRegistrator } from "@happy-dom/global-registrator";

GlobalRegistrator.register({ url: `${process.env.PROXY_ORIGIN}/` });
globalThis.IS_REACT_ACT_ENVIRONMENT = false;
const { createElement: h, useEffect } = await import("react");
const { createRoot } = await import("react-dom/client");
const { QueryClient, QueryClientProvider } = await import("@tanstack/react-query");
const { APIError, createClient } = await import("@linkcard/core");
const { LinkcardProvider, useSendLinkPreview } = await import("@linkcard/react");

function SendOnce({ id }) {
  const { mutate, data, error, status } = useSendLinkPreview();
  useEffect(() => mutate({ chatId: "201234567890", url: "https://wawp.net", title: "Wawp" }), [mutate]);
  const text = data ? `sent ${data.id._serialized}` : error ? `${error.name} ${error instanceof APIError ? error.status : "-"}` : status;
  return h("p", { id }, text);
}

const page = (id, client) =>
  h(QueryClientProvider, { client: new QueryClient() }, h(LinkcardProvider, { client }, h(SendOnce, { id })));
const container = document.createElement("div");
document.body.append(container);
createRoot(container).render(
  h(
    "main",
    null,
    page("ok", createClient({ proxy: "/api/linkcard", maxRetries: 0 })),
    page("denied", createClient({ proxy: "/api/linkcard", maxRetries: 0, headers: { prefer: "code=401" } })),
  ),
);

// until both sends have settled (the test's limit stops a hang; this loop never judges speed)
const text = (id) => document.getElementById(id)?.textContent ?? "";
while (["", "idle", "pending"].includes(text("ok")) || ["", "idle", "pending"].includes(text("denied")))
  await new Promise((resolve) => setTimeout(resolve, 50));
console.log(JSON.stringify({ ok: text("ok"), denied: text("denied") }));
// exit at once: timers React and TanStack Query still hold would otherwise run in a torn-down DOM
process.exit(0);
