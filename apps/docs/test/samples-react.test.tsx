// @vitest-environment happy-dom
// The React sample: type-checks, renders in a page on the docs server's origin, and sends through its proxy.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { afterEach, expect, inject, test } from "vitest";
import { sample, writeSample } from "./samples.js";

const require = createRequire(import.meta.url);
afterEach(cleanup);

test("React (@linkcard/react): type-checks, renders, and sends through the proxy to the mock", async () => {
  const source = sample("React (@linkcard/react)");
  const file = writeSample("react-sample.tsx", source);
  const tsconfig = writeSample(
    "tsconfig.react.json",
    JSON.stringify({
      compilerOptions: { target: "ES2022", module: "ESNext", moduleResolution: "Bundler", jsx: "react-jsx", strict: true, noEmit: true, skipLibCheck: true, types: [] },
      files: ["react-sample.tsx"],
    }),
  );
  const tsc = spawnSync(process.execPath, [require.resolve("typescript/bin/tsc"), "-p", tsconfig], { encoding: "utf8" });
  expect(tsc.stdout + tsc.stderr).toBe("");

  // the page is on the docs server's origin, so the sample's "/api/linkcard" is its proxy
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(`${inject("siteUrl")}/`);
  const { App } = await import(/* @vite-ignore */ file);
  render(<App />);
  fireEvent.click(screen.getByRole("button", { name: "Send" }));
  expect(await screen.findByText("Sent true_201234567890@c.us_3EB0C767D26A8B4C1F27", {}, { timeout: 30_000 })).toBeTruthy();
});
