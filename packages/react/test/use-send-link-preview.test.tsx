// The hook through the proxy to the mock, in a page (happy-dom) whose origin is the proxy's.
import { APIError, AuthenticationError, InternalServerError, RateLimitError, ValidationError } from "@linkcard/core";
import { exampleMessage } from "@linkcard/types";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { describe, expect, test } from "vitest";
import { LinkcardProvider, sendLinkPreviewMutationKey, sendLinkPreviewMutationOptions, useLinkcardClient, useSendLinkPreview } from "../src/index.js";
import { browserClient, countingFetch, params, wrapperWith } from "./helpers.js";

const message = exampleMessage;

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

test("the key is the caller's: the default, or one given to the hook or the options factory", async () => {
  const queryClient = new QueryClient();
  const { wrapper } = wrapperWith(browserClient(), queryClient);
  const plain = renderHook(() => useSendLinkPreview(), { wrapper });
  const keyed = renderHook(() => useSendLinkPreview({ mutationKey: ["checkout", "card"] }), { wrapper });
  act(() => plain.result.current.mutate(params));
  act(() => keyed.result.current.mutate({ ...params, text: "other" }));
  await waitFor(() => expect(keyed.result.current.isSuccess && plain.result.current.isSuccess).toBe(true));
  expect(queryClient.getMutationCache().findAll({ mutationKey: [...sendLinkPreviewMutationKey] })).toHaveLength(1);
  expect(queryClient.getMutationCache().findAll({ mutationKey: ["checkout"] })).toHaveLength(1);
  const client = browserClient();
  expect(sendLinkPreviewMutationOptions(client).mutationKey).toEqual(sendLinkPreviewMutationKey);
  expect(sendLinkPreviewMutationOptions(client, { mutationKey: ["mine"] }).mutationKey).toEqual(["mine"]);
  // a pure factory: the same options for the same client, however often it is called
  expect(sendLinkPreviewMutationOptions(client).mutationKey).toEqual(sendLinkPreviewMutationOptions(browserClient()).mutationKey);
});

test("per-send request options travel with the variables: one client, any Prefer", async () => {
  const { wrapper } = wrapperWith(browserClient());
  const { result } = renderHook(() => useSendLinkPreview(), { wrapper });
  act(() => result.current.mutate({ ...params, requestOptions: { headers: { prefer: "code=429" } } }));
  await waitFor(() => expect(result.current.isError).toBe(true));
  expect(result.current.error).toBeInstanceOf(RateLimitError);
  act(() => result.current.mutate(params));
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
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
