// A card is sent once per click: identical sends while one is in flight join it, in every way a page can
// start them twice (a double click in one task, two mutate() calls, an effect that StrictMode runs twice).
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, render, renderHook, screen, waitFor } from "@testing-library/react";
import { StrictMode, useEffect } from "react";
import { afterEach, expect, test } from "vitest";
import { LinkcardProvider, useSendLinkPreview } from "../src/index.js";
import { browserClient, countingFetch, params, wrapperWith } from "./helpers.js";

afterEach(cleanup);

test("a double click in one task sends one card, and both clicks see it sent", async () => {
  const page = countingFetch();
  const { wrapper } = wrapperWith(browserClient(undefined, page.fetch));
  function Send() {
    const { mutate, isPending, isSuccess } = useSendLinkPreview();
    return (
      <button type="button" disabled={isPending} onClick={() => mutate(params)}>
        {isSuccess ? "sent" : "send"}
      </button>
    );
  }
  render(<Send />, { wrapper });
  const button = screen.getByRole("button");
  // both clicks land before React re-renders: the button is not disabled yet for the second
  act(() => {
    button.click();
    button.click();
  });
  await waitFor(() => expect(button.textContent).toBe("sent"));
  expect(page.requests).toBe(1);
});

test("two mutate() calls with the same params send once; with different params, twice", async () => {
  const page = countingFetch();
  const { wrapper } = wrapperWith(browserClient(undefined, page.fetch));
  const { result } = renderHook(() => [useSendLinkPreview(), useSendLinkPreview()] as const, { wrapper });
  const reordered = { url: params.url, chatId: params.chatId };
  let results: unknown[] = [];
  await act(async () => {
    results = await Promise.all([result.current[0].mutateAsync(params), result.current[1].mutateAsync(reordered)]);
  });
  expect(page.requests).toBe(1);
  expect(results[0]).toEqual(results[1]);
  await act(async () => {
    await Promise.all([result.current[0].mutateAsync(params), result.current[1].mutateAsync({ ...params, text: "another card" })]);
  });
  expect(page.requests).toBe(3);
});

test("a mutate() in an effect under StrictMode sends once", async () => {
  const page = countingFetch();
  const queryClient = new QueryClient();
  function SendOnMount() {
    const { mutate, isSuccess } = useSendLinkPreview();
    useEffect(() => mutate(params), [mutate]);
    return <p>{isSuccess ? "sent" : "sending"}</p>;
  }
  render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <LinkcardProvider client={browserClient(undefined, page.fetch)}>
          <SendOnMount />
        </LinkcardProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
  await waitFor(() => expect(screen.getByText("sent")).toBeTruthy());
  expect(page.requests).toBe(1);
});

test("once a send has finished, the same params send again: only sends in flight are joined", async () => {
  const page = countingFetch();
  const { wrapper } = wrapperWith(browserClient(undefined, page.fetch));
  const { result } = renderHook(() => useSendLinkPreview(), { wrapper });
  await act(() => result.current.mutateAsync(params));
  await act(() => result.current.mutateAsync(params));
  expect(page.requests).toBe(2);
});
