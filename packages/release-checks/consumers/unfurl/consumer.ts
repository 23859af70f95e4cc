import { checkCard, RefusedAddressError, unfurl, type CardCheck, type CardParams } from "@linkcard/unfurl";

export const params: CardParams = { url: "https://wawp.net", linkPreviewHighQuality: true };
export const card = (result: CardCheck): "large" | "small" | "no-image" => result.card;
export const title = async () => (await unfurl("https://wawp.net", { timeout: 5000 })).title;
export const refused = (error: unknown) => error instanceof RefusedAddressError && error.address;
// @ts-expect-error linkPreviewHighQuality is a boolean
export const wrong: CardParams = { url: "https://wawp.net", linkPreviewHighQuality: "yes" };
export const check = () => checkCard(params, { dangerouslyAllowPrivateNetwork: ["127.0.0.1:8080"] });
