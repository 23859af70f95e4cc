// LinkPreviewCard: the card the recipient will see, from the params alone or with what useUnfurl found.
import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, expect, test } from "vitest";
import { LinkPreviewCard } from "../src/card.js";
import type { UnfurlResult } from "../src/index.js";

afterEach(cleanup);

const unfurled = (overrides: Partial<UnfurlResult> = {}): UnfurlResult => ({
  card: "large",
  reason: "large card asked for, and the page's image meets every image rule",
  problems: [],
  url: "https://shop.example.org/sale",
  title: "Spring sale",
  description: "Everything 20% off until Sunday",
  image: { url: "https://shop.example.org/image.jpg", source: "og:image", width: 1200, height: 630, type: "image/jpeg" },
  display: { titleLines: 2, descriptionCharacters: 80 },
  ...overrides,
});
const card = () => screen.getByTestId("card");
const bubble = () => card().parentElement as HTMLElement;

test("from the params alone: linkPreviewHighQuality picks the large card, else the small one", () => {
  const { rerender } = render(<LinkPreviewCard params={{ url: "https://shop.example.org/sale", title: "Sale", thumbnail: "https://shop.example.org/t.png", linkPreviewHighQuality: true }} />);
  expect(bubble().dataset.card).toBe("large");
  expect(card().textContent).toContain("Sale");
  expect(card().textContent).toContain("shop.example.org");
  rerender(<LinkPreviewCard params={{ url: "https://shop.example.org/sale", title: "Sale", thumbnail: "https://shop.example.org/t.png" }} />);
  expect(bubble().dataset.card).toBe("small");
  expect(screen.getByRole("figure").textContent).toContain("Small card");
});

test("what the page says fills what the params leave out; the params win where they speak", () => {
  render(<LinkPreviewCard params={{ url: "https://shop.example.org/sale", description: "Mine" }} unfurled={unfurled()} />);
  expect(card().textContent).toContain("Spring sale");
  expect(card().textContent).toContain("Mine");
  expect(card().querySelector("img")?.getAttribute("src")).toBe("https://shop.example.org/image.jpg");
});

test("the prediction picks the card: asked for large, the recipient gets small, or no image", () => {
  const { rerender } = render(<LinkPreviewCard params={{ url: "https://a.example/", linkPreviewHighQuality: true }} unfurled={unfurled({ card: "small" })} />);
  expect(bubble().dataset.card).toBe("small");
  rerender(<LinkPreviewCard params={{ url: "https://a.example/", linkPreviewHighQuality: true }} unfurled={unfurled({ card: "no-image" })} />);
  expect(bubble().dataset.card).toBe("no-image");
  expect(card().querySelector("img")).toBeNull();
  expect(screen.getByRole("figure").textContent).toContain("Card without an image");
});

test("about as much of the description shows as WhatsApp shows", () => {
  render(<LinkPreviewCard params={{ url: "https://a.example/" }} unfurled={unfurled({ description: "x".repeat(120) })} />);
  expect(card().textContent).toContain(`${"x".repeat(80)}…`);
  expect(card().textContent).not.toContain("x".repeat(81));
});

test("the text, and the link after it when the text does not carry it", () => {
  render(<LinkPreviewCard params={{ url: "https://a.example/", text: "Look" }} />);
  expect(screen.getByRole("figure").textContent).toContain("Look https://a.example/");
});
