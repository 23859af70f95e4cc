// The hook through the proxy to the mock, in a page (happy-dom) whose origin is the proxy's.
import { APIError, AuthenticationError, InternalServerError, RateLimitError, ValidationError } from "@linkcard/core";
import spec from "@linkcard/types/openapi.json" with { type: "json" };
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, test } from "vitest";
import { LinkcardProvider, sendLinkPreviewMutationKey, sendLinkPreviewMutationOptions, useLinkcardClient, useSendLinkPreview } from "../src/index.js";
import { browserClient, countingFetch, params, wrapperWith } from "./helpers.js";

const message = spec.components.examples.LinkPreviewMessage.value;

test(`runs on React ${process.env.EXPECT_REACT} (this run's), with the React DOM of the same version`, async () => {
  const [{ version }, { version: domVersion }] = await Promise.all([import("react"), import("react-dom")]);
  expect(version.split(".")[0]).toBe(process.env.EXPECT_REACT);
  expect(domVersion).toBe(version);
});

test("pending, then success with the sent Message", async () => {
  const { wrapper } = wrapperWith();
  const statuses: string[] = [];
  const { result } = renderHook(
    () => {
      const mutation = useSendLinkPreview();
      statuses.push(mutation.status);
      return mutation;
    },
    { wrapper },
  );
  act(() => result.current.mutate(params));
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data).toEqual(message);
  expect(result.current.data?.id._serialized).toBe("true_201234567890@c.us_3EB0C767D26A8B4C1F27");
  expect(statuses[0]).toBe("idle");
  expect(statuses).toContain("pending");
  expect(statuses.at(-1)).toBe("success");
});

describe("errors surface as the core's classes, with the status", () => {
  test.each([
    ["code=429", RateLimitError, 429],
    ["code=401", AuthenticationError, 401],
    ["code=500", InternalServerError, 500],
  ] as const)("%s → %s", async (prefer, type, status) => {
    const { wrapper } = wrapperWith(browserClient(prefer));
    const { result } = renderHook(() => useSendLinkPreview(), { wrapper });
    act(() => result.current.mutate(params));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(type);
    expect((result.current.error as APIError).status).toBe(status);
    // no retry by the hook: the client already retries what is safe
    expect(result.current.failureCount).toBe(1);
  });

  test("a client-side ValidationError, with no request sent", async () => {
    const page = countingFetch();
    const { wrapper } = wrapperWith(browserClient(undefined, page.fetch));
    const { result } = renderHook(() => useSendLinkPreview(), { wrapper });
    act(() => result.current.mutate({ chatId: "alice", url: "ftp://x" }));
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(ValidationError);
    expect((result.current.error as ValidationError).issues.map((i) => i.path)).toEqual(["chatId", "url"]);
    expect(page.requests).toBe(0);
  });
});

test("two providers with two clients share no mutation state, even under one QueryClient", async () => {
  const queryClient = new QueryClient();
  const [a, b] = [browserClient(), browserClient()];
  const under = (client: typeof a) =>
    function Wrapper({ children }: { children?: ReactNode }) {
      return (
        <QueryClientProvider client={queryClient}>
          <LinkcardProvider client={client}>{children}</LinkcardProvider>
        </QueryClientProvider>
      );
    };
  const first = renderHook(() => useSendLinkPreview(), { wrapper: under(a) });
  const second = renderHook(() => useSendLinkPreview(), { wrapper: under(b) });
  act(() => first.result.current.mutate(params));
  await waitFor(() => expect(first.result.current.isSuccess).toBe(true));
  expect(second.result.current.status).toBe("idle");
  expect(second.result.current.data).toBeUndefined();
  // one mutation in the cache, under the shared prefix and a key of the first provider's own
  const [only, ...more] = queryClient.getMutationCache().findAll({ mutationKey: [...sendLinkPreviewMutationKey] });
  expect(more).toEqual([]);
  expect(only!.options.mutationKey).toHaveLength(3);
  // the options for composing your own useMutation carry a key per client
  expect(sendLinkPreviewMutationOptions(a).mutationKey).not.toEqual(sendLinkPreviewMutationOptions(b).mutationKey);
});

test("a provider may bring its own QueryClient", async () => {
  const own = new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <LinkcardProvider client={browserClient()} queryClient={own}>
      {children}
    </LinkcardProvider>
  );
  const { result } = renderHook(() => useSendLinkPreview(), { wrapper });
  act(() => result.current.mutate(params));
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(own.getMutationCache().getAll()).toHaveLength(1);
});

test("options reach useMutation (onSuccess), and retry may be turned back on by the caller", async () => {
  const { wrapper } = wrapperWith();
  const seen: unknown[] = [];
  const { result } = renderHook(() => useSendLinkPreview({ onSuccess: (data) => seen.push(data.id._serialized) }), { wrapper });
  act(() => result.current.mutate(params));
  await waitFor(() => expect(seen).toEqual(["true_201234567890@c.us_3EB0C767D26A8B4C1F27"]));
  expect(sendLinkPreviewMutationOptions(browserClient()).retry).toBe(false);
});

test("useLinkcardClient gives the provider's client; outside a provider, the error says what to do", () => {
  const client = browserClient();
  const { wrapper } = wrapperWith(client);
  expect(renderHook(() => useLinkcardClient(), { wrapper }).result.current).toBe(client);
  expect(() => renderHook(() => useLinkcardClient())).toThrow(/no LinkcardProvider above this component; wrap your app in <LinkcardProvider/);
});

test("a provider without a client is refused clearly", () => {
  expect(() => renderHook(() => null, { wrapper: ({ children }) => <LinkcardProvider client={{} as never}>{children}</LinkcardProvider> })).toThrow(
    "Invalid LinkcardProvider props: client must be a client from @linkcard/core's createClient()",
  );
});
