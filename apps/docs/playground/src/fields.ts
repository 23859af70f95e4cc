import type { SendLinkPreviewParams } from "@linkcard/core";
import { exampleRequest } from "@linkcard/types";
import spec from "@linkcard/types/openapi.json";

/** The form's values: every request field as the user typed it. */
export interface FormValues {
  chatId: string;
  url: string;
  text: string;
  thumbnail: string;
  title: string;
  description: string;
  linkPreviewHighQuality: boolean;
  reply_to: string;
}

type Field = keyof FormValues;

const schema = spec.components.schemas.SendLinkPreviewRequest.properties as Record<Field, { description: string }>;

/** The form's fields in order, each labelled, with the first line of the spec's description as its hint. */
export const FIELDS: Array<{ name: Field; label: string; hint: string; multiline?: boolean; checkbox?: boolean }> = [
  { name: "chatId", label: "Recipient (chatId)" },
  { name: "url", label: "Link (url)" },
  { name: "text", label: "Text", multiline: true },
  { name: "thumbnail", label: "Thumbnail URL" },
  { name: "title", label: "Title" },
  { name: "description", label: "Description", multiline: true },
  { name: "linkPreviewHighQuality", label: "Large card (linkPreviewHighQuality)", checkbox: true },
  { name: "reply_to", label: "Reply to (message id)" },
].map((field) => ({ ...field, hint: (schema[field.name as Field]?.description ?? "").split("\n\n")[0]!.replace(/\s+/g, " ").replaceAll("`", "") }) as never);

/** The spec's example card, with the credentials left out (the proxy adds them). */
export function exampleValues(): FormValues {
  const value: Record<string, unknown> = exampleRequest;
  return {
    chatId: String(value.chatId ?? ""),
    url: String(value.url ?? ""),
    text: String(value.text ?? ""),
    thumbnail: String(value.thumbnail ?? ""),
    title: String(value.title ?? ""),
    description: String(value.description ?? ""),
    linkPreviewHighQuality: value.linkPreviewHighQuality === true,
    reply_to: typeof value.reply_to === "string" ? value.reply_to : "",
  };
}

/** The params a send takes: empty optional fields left out, the checkbox always said. */
export function toParams(values: FormValues): SendLinkPreviewParams {
  const params: Record<string, unknown> = { linkPreviewHighQuality: values.linkPreviewHighQuality };
  for (const [name, value] of Object.entries(values)) if (typeof value === "string" && value !== "") params[name] = value;
  return params as unknown as SendLinkPreviewParams;
}
