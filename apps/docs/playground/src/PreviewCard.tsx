import { useState } from "react";
import type { FormValues } from "./fields.js";

/** The link's host, as WhatsApp prints it under the card; empty for what is not a URL. */
const hostOf = (url: string) => {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
};

/**
 * What the recipient will see, drawn from the inputs alone (the linked page is never fetched): the small
 * card (a square thumbnail beside the title) or, with linkPreviewHighQuality, the large one (the image
 * across the top), then the text, with the link where it is not already in it.
 */
export function PreviewCard({ values }: { values: FormValues }) {
  const { url, text, thumbnail, title, description, linkPreviewHighQuality: large } = values;
  const [broken, setBroken] = useState<string | undefined>();
  const image =
    thumbnail && broken !== thumbnail ? (
      <img className="thumb" src={thumbnail} alt="" referrerPolicy="no-referrer" onError={() => setBroken(thumbnail)} />
    ) : (
      <div className="thumb placeholder" aria-hidden="true">
        <svg viewBox="0 0 24 24" width="28" height="28">
          <path
            fill="currentColor"
            d="M10.6 13.4a1 1 0 0 1 0-1.4l3.5-3.5a3 3 0 0 1 4.2 4.2l-2 2a1 1 0 1 1-1.4-1.4l2-2a1 1 0 0 0-1.4-1.4l-3.5 3.5a1 1 0 0 1-1.4 0Zm2.8-2.8a1 1 0 0 1 0 1.4l-3.5 3.5a3 3 0 0 1-4.2-4.2l2-2a1 1 0 0 1 1.4 1.4l-2 2a1 1 0 0 0 1.4 1.4l3.5-3.5a1 1 0 0 1 1.4 0Z"
          />
        </svg>
      </div>
    );
  return (
    <figure className="phone" aria-label="Preview: the message as the recipient will see it">
      <div className="bubble" data-card={large ? "large" : "small"}>
        <div className={`card ${large ? "large" : "small"}`} data-testid="card">
          {large && image}
          <div className="card-row">
            {!large && image}
            <div className="card-meta">
              <strong className="card-title">{title || hostOf(url) || "(no title)"}</strong>
              {description && <span className="card-description">{description}</span>}
              <span className="card-domain">{hostOf(url)}</span>
            </div>
          </div>
        </div>
        <p className="bubble-text">
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
        <span className="bubble-time" aria-hidden="true">
          12:00 ✓✓
        </span>
      </div>
      <figcaption>{large ? "Large card (linkPreviewHighQuality: true)" : "Small card"}</figcaption>
    </figure>
  );
}
