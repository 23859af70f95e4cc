// The README's React setup (examples/app.tsx and examples/send-card.tsx) renders and sends through the proxy.
import { readFileSync } from "node:fs";
// first: it puts the page on the proxy's origin before app.tsx creates its client
import { browserClient, countingFetch } from "./helpers.js";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { afterEach, expect, test } from "vitest";
import { App } from "../examples/app.js";
import { SendCard } from "../examples/send-card.js";
// the examples import the package by name: the same module here, so the same context
import { LinkcardProvider } from "@linkcard/react";

afterEach(cleanup);

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

test("the README shows the examples as they are", () => {
  const readme = read("../../../README.md");
  for (const file of ["app.tsx", "send-card.tsx"]) expect(readme).toContain(read(`../examples/${file}`));
});

test("the app sends a card and shows the sent message's id", async () => {
  render(<App />);
  fireEvent.click(screen.getByRole("button", { name: "Send the card" }));
  expect(await screen.findByText("Sent true_201234567890@c.us_3EB0C767D26A8B4C1F27")).toBeTruthy();
});

test("an API error shows with its status and request id", async () => {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <LinkcardProvider client={browserClient("code=429")}>
        <SendCard chatId="201234567890" />
      </LinkcardProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Send the card" }));
  expect((await screen.findByRole("alert")).textContent).toBe(
    "Error 429 (request req_01JDWX8Z2K7QY3M5N9P4R6T8V0): Rate limit reached (send_message_per_minute). Retry later",
  );
});

test("a bad chatId shows the violation, and nothing is sent", async () => {
  const page = countingFetch();
  render(
    <QueryClientProvider client={new QueryClient()}>
      <LinkcardProvider client={browserClient(undefined, page.fetch)}>
        <SendCard chatId="alice" />
      </LinkcardProvider>
    </QueryClientProvider>,
  );
  fireEvent.click(screen.getByRole("button", { name: "Send the card" }));
  expect((await screen.findByRole("alert")).textContent).toMatch(/^Fix: chatId must be a phone number/);
  expect(page.requests).toBe(0);
});
