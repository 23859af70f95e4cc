import type { UnfurlRequestError, UnfurlResult } from "@linkcard/react";
import type { UseQueryResult } from "@tanstack/react-query";

const SIZES = { large: "the large card", small: "the small card", "no-image": "a card without an image" } as const;

/** The card check as you type: the card the recipient will see, and every WhatsApp rule it breaks. */
export function CardCheck({ check }: { check: UseQueryResult<UnfurlResult, UnfurlRequestError> }) {
  const { data, error, fetchStatus } = check;
  return (
    <section className="check" aria-labelledby="check-title" aria-live="polite" data-testid="card-check">
      <h2 id="check-title">Card check</h2>
      {fetchStatus === "fetching" && <p>Reading the page…</p>}
      {error && <p className="problem">The page could not be read ({error.code}): {error.message}</p>}
      {data && fetchStatus !== "fetching" && (
        <>
          <p>
            The recipient will see <strong data-testid="predicted-card">{SIZES[data.card]}</strong>: {data.reason}.
          </p>
          {data.problems.length === 0 ? (
            <p>Every WhatsApp rule passes.</p>
          ) : (
            <ul>
              {data.problems.map((problem) => (
                <li key={problem.rule} className={problem.severity}>
                  <code>{problem.rule}</code> {problem.message}
                </li>
              ))}
            </ul>
          )}
        </>
      )}
      {!data && !error && fetchStatus === "idle" && <p>Type a link to check its card.</p>}
    </section>
  );
}
