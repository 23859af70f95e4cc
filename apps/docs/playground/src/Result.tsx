import { APIError, type LinkcardError, type Message, ProxyError, ValidationError } from "@linkcard/core";

/** What the send gave: the sent Message, or the typed error with its status and request id. */
export function Result({ data, error }: { data: Message | undefined; error: LinkcardError | null }) {
  if (data)
    return (
      <section className="result ok" aria-labelledby="result-title">
        <h2 id="result-title">Sent</h2>
        <dl>
          <dt>id</dt>
          <dd data-testid="message-id">{data.id._serialized}</dd>
          <dt>ack</dt>
          <dd>{data.ack}</dd>
          <dt>timestamp</dt>
          <dd>{data.timestamp}</dd>
        </dl>
        <details>
          <summary>The whole Message</summary>
          <pre>{JSON.stringify(data, null, 2)}</pre>
        </details>
      </section>
    );
  if (error)
    return (
      <section className="result error" aria-labelledby="result-title" role="alert">
        <h2 id="result-title">{error.name}</h2>
        <dl>
          {error instanceof APIError && (
            <>
              <dt>status</dt>
              <dd data-testid="error-status">{error.status}</dd>
              <dt>request id</dt>
              <dd>{error.requestId ?? "(none)"}</dd>
            </>
          )}
          {error instanceof ProxyError && (
            <>
              <dt>status</dt>
              <dd data-testid="error-status">{error.status}</dd>
              <dt>proxy code</dt>
              <dd>{error.code}</dd>
            </>
          )}
          <dt>message</dt>
          <dd>{error.message}</dd>
          <dt>may have been sent</dt>
          <dd>{error.mayHaveBeenSent ? "yes: do not send it again blindly" : "no"}</dd>
        </dl>
        {error instanceof APIError && error.body && <pre>{JSON.stringify(error.body, null, 2)}</pre>}
        {error instanceof ValidationError && (
          <ul>
            {error.issues.map((issue) => (
              <li key={issue.path}>
                {issue.path} {issue.message}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  return null;
}
