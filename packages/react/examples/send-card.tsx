// A component that sends a card and shows what came back, or the typed error.
import { APIError, ValidationError } from "@linkcard/core";
import { useSendLinkPreview } from "@linkcard/react";

export function SendCard({ chatId }: { chatId: string }) {
  const { mutate, data, error, isPending } = useSendLinkPreview();
  return (
    <div>
      <button type="button" disabled={isPending} onClick={() => mutate({ chatId, url: "https://wawp.net", title: "Wawp" })}>
        Send the card
      </button>
      {data && <p>Sent {data.id._serialized}</p>}
      {error && (
        <p role="alert">
          {error instanceof ValidationError
            ? `Fix: ${error.issues.map((issue) => `${issue.path} ${issue.message}`).join("; ")}`
            : error instanceof APIError
              ? `Error ${error.status}${error.requestId ? ` (request ${error.requestId})` : ""}: ${error.body?.message ?? error.message}`
              : error.message}
        </p>
      )}
    </div>
  );
}
