import type { Card } from "@linkcard/unfurl";

export const width = (card: Card): number | undefined => card.image?.width;
// @ts-expect-error a card's url is a string
export const wrong: Card = { url: 1, head: { openGraph: {} } };
