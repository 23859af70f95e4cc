// @vitest-environment node
// Server rendering: importing the package, creating a page's client and rendering the hook touch no window.
import { createClient } from "@linkcard/core";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { renderToString } from "react-dom/server";
import { afterAll, beforeAll, expect, test } from "vitest";

beforeAll(() => {
  Object.defineProperty(globalThis, "window", {
    configurable: true,
    get() {
      throw new Error("window touched during server rendering");
    },
  });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, "window");
});

test("the built package imports, and a component using the hook renders to a string", async () => {
  const { LinkcardProvider, useSendLinkPreview } = await import("@linkcard/react");
  function Card() {
    const { status } = useSendLinkPreview();
    return <p>{status}</p>;
  }
  const html = renderToString(
    <QueryClientProvider client={new QueryClient()}>
      <LinkcardProvider client={createClient({ proxy: "/api/linkcard" })}>
        <Card />
      </LinkcardProvider>
    </QueryClientProvider>,
  );
  expect(html).toBe("<p>idle</p>");
});

test("each hook's built file says 'use client' (the provider's too); the key and the options do not need to", async () => {
  const { readFileSync } = await import("node:fs");
  const first = (file: string) => readFileSync(new URL(`../dist/${file}`, import.meta.url), "utf8").split("\n")[0];
  for (const file of ["provider.js", "use-linkcard-client.js", "use-send-link-preview.js", "provider.cjs", "use-send-link-preview.cjs"])
    expect(first(file), file).toBe('"use client";');
  expect(first("mutation-options.js")).not.toBe('"use client";');
});
