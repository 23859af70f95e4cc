// A component that sends a card and shows what came back, or the typed error.
import { APIError, ProxyError, ValidationError } from "@linkcard/core";
import { useSendLinkPreview } from "@linkcard/react";

export function SendCard({ chatId }: { chatId: string }) {
  const { mutate, data, error, isPending } = useSendLinkPreview();
  return (
    <div>
      {/* a second click while the first is in flight joins it: one card */}
      <button type="button" disabled={isPending} onClick={() => mutate({ chatId, url: "https://wawp.net", title: "Wawp" })}>
        Send the card
      </button>
      {data && <p>Sent {data.id._serialized}</p>}
      {error && (
        <p role="alert">
          {error instanceof ValidationError
            ? `Fix: ${error.issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`
            : error instanceof ProxyError
              ? `Our server said ${error.code}: ${error.body.message}`
              : error instanceof APIError
                ? `Error ${error.status}${error.requestId ? ` (request ${error.requestId})` : ""}: ${error.body?.message ?? error.message}`
                : error.message}
          {error.mayHaveBeenSent && " (it may have been sent: check before sending again)"}
        </p>
      )}
    </div>
  );
}
