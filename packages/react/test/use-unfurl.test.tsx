// useUnfurl through the app's unfurl handler (createUnfurlHandler beside the proxy) to a real site on
// loopback, in a page (happy-dom) on the proxy's origin.
import { cleanup, renderHook, waitFor } from "@testing-library/react";
import { afterEach, expect, inject, test, vi } from "vitest";
import { UnfurlRequestError, unfurlQueryKey, useUnfurl } from "../src/index.js";
import { wrapperWith } from "./helpers.js";

const pages = inject("pagesOrigin");
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** Counts the page's requests to the unfurl handler. */
const countingUnfurls = () => {
  const asked: string[] = [];
  const real = globalThis.fetch;
  vi.spyOn(globalThis, "fetch").mockImplementation((input, init) => {
    const url = String(input instanceof Request ? input.url : input);
    if (url.includes("/api/linkcard/unfurl")) asked.push(new URL(url, location.href).searchParams.get("url") as string);
    return real(input, init);
  });
  return asked;
};

test("reads the page's card and the predicted card, cached under a key per URL", async () => {
  const { wrapper, queryClient } = wrapperWith();
  const { result } = renderHook(() => useUnfurl(`${pages}/sale`, { linkPreviewHighQuality: true, delay: 0 }), { wrapper });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(result.current.data).toMatchObject({
    card: "large",
    title: "Spring sale",
    description: "Everything 20% off until Sunday",
    image: { url: `${pages}/image.jpg`, width: 1200, height: 630, type: "image/jpeg" },
    problems: [],
  });
  expect(queryClient.getQueryData(unfurlQueryKey(`${pages}/sale`, { linkPreviewHighQuality: true }))).toEqual(result.current.data);
});

test("a URL still being typed fires nothing; the one it settles on, one request", async () => {
  const asked = countingUnfurls();
  const { wrapper } = wrapperWith();
  const typed = `${pages}/plain`;
  const { result, rerender } = renderHook(({ url }) => useUnfurl(url, { delay: 200 }), { wrapper, initialProps: { url: "" } });
  for (let i = 1; i <= typed.length; i++) rerender({ url: typed.slice(0, i) });
  await waitFor(() => expect(result.current.isSuccess).toBe(true));
  expect(asked).toEqual([typed]);
  expect(result.current.data?.card).toBe("no-image");
});

test("what is not yet a URL the API takes is never asked about", async () => {
  const asked = countingUnfurls();
  const { wrapper } = wrapperWith();
  for (const url of ["", "https://", "https://shop", "ftp://a.example/x", "not a url"]) {
    const { result } = renderHook(() => useUnfurl(url, { delay: 0 }), { wrapper });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(result.current.fetchStatus, url).toBe("idle");
  }
  expect(asked).toEqual([]);
});

test("a refusal is an UnfurlRequestError with its status and code, and is not retried", async () => {
  const asked = countingUnfurls();
  const { wrapper } = wrapperWith();
  // loopback, but not the site the handler may reach: refused before any connection
  const { result } = renderHook(() => useUnfurl("http://127.0.0.1:9/page", { delay: 0 }), { wrapper });
  await waitFor(() => expect(result.current.isError).toBe(true));
  expect(result.current.error).toBeInstanceOf(UnfurlRequestError);
  expect(result.current.error).toMatchObject({ status: 403, code: "unfurl_refused_address" });
  expect(asked).toHaveLength(1);
});
