"use client";
import type { SendLinkPreviewParams } from "@linkcard/core";
import { type CSSProperties, useState } from "react";
import type { UnfurlResult } from "./unfurl-result.js";

/** Props of LinkPreviewCard. */
export interface LinkPreviewCardProps {
  /** The send params as they stand (a form's values): `url`, `text`, `title`, `description`, `thumbnail`, `linkPreviewHighQuality`. */
  params: Partial<SendLinkPreviewParams>;
  /** What `useUnfurl` found: fills what the params leave out, and says which card the recipient will see. */
  unfurled?: UnfurlResult | undefined;
  /** The time shown in the bubble (default `12:00`). */
  time?: string;
}

/** The link's host, as WhatsApp prints it under the card; empty for what is not a URL. */
const hostOf = (url: string | undefined) => {
  try {
    return new URL(url as string).hostname;
  } catch {
    return "";
  }
};

// WhatsApp's outgoing bubble, drawn with inline styles so the component needs no stylesheet
const S: Record<string, CSSProperties> = {
  phone: { margin: 0, padding: "1.2rem", background: "#efeae2", borderRadius: 12, font: "15px/1.4 system-ui, sans-serif", color: "#111b21" },
  bubble: { position: "relative", marginLeft: "auto", maxWidth: 330, padding: "4px 4px 20px", background: "#d9fdd3", borderRadius: "8px 0 8px 8px", boxShadow: "0 1px 1px rgba(0,0,0,.12)" },
  card: { background: "#cbeec6", borderRadius: 6, overflow: "hidden" },
  row: { display: "flex", gap: 8, padding: 6 },
  meta: { display: "grid", gap: 2, minWidth: 0 },
  title: { fontSize: "0.9rem", overflowWrap: "anywhere", display: "-webkit-box", WebkitBoxOrient: "vertical", overflow: "hidden" },
  description: { fontSize: "0.82rem", color: "#36453b", overflowWrap: "anywhere" },
  domain: { fontSize: "0.78rem", color: "#4a5a50" },
  small: { width: 72, height: 72, borderRadius: 4, flex: "none", objectFit: "cover", background: "#b9d8b4", display: "block" },
  large: { width: "100%", height: 170, objectFit: "cover", background: "#b9d8b4", display: "block" },
  text: { margin: "6px 6px 0", whiteSpace: "pre-wrap", overflowWrap: "anywhere" },
  time: { position: "absolute", right: 8, bottom: 3, fontSize: "0.72rem", color: "#4a5a50" },
  caption: { marginTop: "0.6rem", fontSize: "0.85rem", color: "#4a5a50" },
};

const CAPTIONS = { large: "Large card", small: "Small card", "no-image": "Card without an image" } as const;

/**
 * What the recipient will see, WhatsApp-style: the large card (the image across the top), the small one
 * (a square thumbnail beside the title) or one without an image, then the text, with the link where the
 * text does not carry it. With `unfurled`, the page's title, description and image fill what the params
 * leave out, and its prediction picks the card; without it, `linkPreviewHighQuality` does.
 */
export function LinkPreviewCard({ params, unfurled, time = "12:00" }: LinkPreviewCardProps) {
  const { url = "", text = "", linkPreviewHighQuality } = params;
  const title = params.title || unfurled?.title || hostOf(url) || "(no title)";
  const shown = unfurled?.display.descriptionCharacters ?? 80;
  const full = params.description || unfurled?.description;
  // about this much of the description shows on the card
  const description = full && [...full].length > shown ? `${[...full].slice(0, shown).join("").trimEnd()}…` : full;
  const thumbnail = params.thumbnail || unfurled?.image?.url;
  const card = unfurled?.card ?? (linkPreviewHighQuality ? "large" : "small");
  const [broken, setBroken] = useState<string | undefined>();
  const lines = unfurled?.display.titleLines ?? 2;
  const image =
    card !== "no-image" && thumbnail && broken !== thumbnail ? (
      <img src={thumbnail} alt="" referrerPolicy="no-referrer" style={card === "large" ? S.large : S.small} onError={() => setBroken(thumbnail)} data-part="thumbnail" />
    ) : card === "small" ? (
      <div aria-hidden="true" style={{ ...S.small, display: "grid", placeItems: "center", color: "#3d6b48" }} data-part="placeholder">
        🔗
      </div>
    ) : null;
  return (
    <figure style={S.phone} aria-label="Preview: the message as the recipient will see it">
      <div style={S.bubble} data-card={card}>
        <div style={S.card} data-testid="card">
          {card === "large" && image}
          <div style={card === "large" ? { ...S.row, padding: "6px 8px 8px" } : S.row}>
            {card === "small" && image}
            <div style={S.meta}>
              <strong style={{ ...S.title, WebkitLineClamp: lines }}>{title}</strong>
              {description && <span style={S.description}>{description}</span>}
              <span style={S.domain}>{hostOf(url)}</span>
            </div>
          </div>
        </div>
        <p style={S.text}>
          {text}
          {url && !text.includes(url) && (
            <>
              {text && " "}
              <a href={url} rel="noreferrer noopener" target="_blank">
                {url}
              </a>
            </>
          )}
        </p>
        <span style={S.time} aria-hidden="true">
          {time} ✓✓
        </span>
      </div>
      <figcaption style={S.caption}>
        {CAPTIONS[card]}
        {unfurled ? "" : linkPreviewHighQuality ? " (linkPreviewHighQuality: true)" : ""}
      </figcaption>
    </figure>
  );
}
