// A parent that re-renders while a send is in flight, with a client made in render (or switched on purpose):
// the send in flight must not be reset, or the user could click again and send the same card twice.
import { createClient } from "@linkcard/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { afterEach, expect, test } from "vitest";
import { LinkcardProvider, sendLinkPreviewMutationKey, useSendLinkPreview } from "../src/index.js";
import { params } from "./helpers.js";
import { exampleMessage } from "@linkcard/types";

afterEach(cleanup);
const message = exampleMessage;

test("a new client between renders keeps the send in flight, and its result; nothing is sent twice", async () => {
  let sends = 0;
  const pending: Array<() => void> = [];
  const fetch = (async () => {
    sends++;
    await new Promise<void>((resolve) => pending.push(resolve));
    return Response.json(message);
  }) as typeof globalThis.fetch;
  const queryClient = new QueryClient();
  let rerender!: () => void;
  function Send() {
    const { mutate, isPending, isSuccess } = useSendLinkPreview();
    return (
      <button type="button" disabled={isPending} onClick={() => mutate(params)}>
        {isPending ? "sending" : isSuccess ? "sent" : "send"}
      </button>
    );
  }
  function App() {
    const [n, setN] = useState(0);
    rerender = () => setN(n + 1);
    const client = createClient({ proxy: "http://app.test/api/linkcard", fetch, maxRetries: 0 });
    return (
      <QueryClientProvider client={queryClient}>
        <LinkcardProvider client={client}>
          <Send />
        </LinkcardProvider>
      </QueryClientProvider>
    );
  }
  render(<App />);
  act(() => screen.getByRole("button").click());
  await waitFor(() => expect(screen.getByRole("button").textContent).toBe("sending"));
  act(() => rerender());
  expect(screen.getByRole("button").textContent).toBe("sending");
  expect((screen.getByRole("button") as HTMLButtonElement).disabled).toBe(true);
  act(() => pending.forEach((resolve) => resolve()));
  await waitFor(() => expect(screen.getByRole("button").textContent).toBe("sent"));
  expect(sends).toBe(1);
  expect(queryClient.getMutationCache().findAll({ mutationKey: [...sendLinkPreviewMutationKey] })).toHaveLength(1);
});
