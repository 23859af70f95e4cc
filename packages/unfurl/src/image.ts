import { imageSize } from "image-size";
import type { CardImage } from "./card.js";
import { NotImageError, TooLargeError, UnfurlError } from "./errors.js";
import type { Session } from "./session.js";

/** The most of an image read: 5 MB. */
export const IMAGE_CAP = 5 * 1024 * 1024;
const ACCEPT = "image/jpeg,image/png;q=0.9,image/*;q=0.8";
const MIME: Record<string, string> = { jpg: "image/jpeg", svg: "image/svg+xml", ico: "image/x-icon", cur: "image/x-icon", psd: "image/vnd.adobe.photoshop" };

type Size = { width: number; height: number; type: string };

/** The size image-size reads from the first bytes, or undefined while they are too few; "unknown" when no format matches. */
function sizeOf(bytes: Uint8Array): Size | "unknown" | undefined {
  try {
    const { width, height, type, orientation } = imageSize(bytes);
    if (!width || !height || !type) return undefined;
    // EXIF orientations 5 to 8 turn the picture a quarter: it shows as tall as it is stored wide
    return orientation && orientation >= 5 ? { width: height, height: width, type } : { width, height, type };
  } catch (error) {
    return bytes.length >= 64 && /unsupported file type: undefined/.test(String(error)) ? "unknown" : undefined;
  }
}

/**
 * Fetches an image and measures it: its size from the first bytes (what image-size needs, tried as
 * they double), its type from its bytes, its length from the Content-Length or by counting, at most 5 MB.
 * A failure is kept on the image (`error`), not thrown: a card without a measured image is still a card.
 */
export async function measure(session: Session, image: CardImage): Promise<CardImage> {
  try {
    const { response, url } = await session.fetch(image.url, ACCEPT);
    const declared = Number(response.headers.get("content-length"));
    const known = !response.headers.get("content-encoding") && Number.isSafeInteger(declared) && declared > 0 ? declared : undefined;
    if (known && known > IMAGE_CAP) {
      await response.body?.cancel();
      throw new TooLargeError(url.href, IMAGE_CAP);
    }
    const chunks: Uint8Array[] = [];
    let buffered = 0;
    let next = 1024;
    let size: Size | "unknown" | undefined;
    const { bytes, capped } = await session.read(response, url.href, IMAGE_CAP, (chunk) => {
      if (size) return known !== undefined;
      chunks.push(chunk);
      buffered += chunk.length;
      if (buffered < next) return false;
      next = buffered * 2;
      size = sizeOf(Buffer.concat(chunks));
      if (size) chunks.length = 0;
      return size === "unknown" || (size !== undefined && known !== undefined);
    });
    if (!capped) size ??= sizeOf(Buffer.concat(chunks));
    const measured = size && size !== "unknown" ? { width: size.width, height: size.height, type: MIME[size.type] ?? `image/${size.type}` } : undefined;
    // over the cap, what the first bytes said is kept beside the error
    if (capped) return { ...image, ...measured, error: new TooLargeError(url.href, IMAGE_CAP) };
    if (!measured) throw new NotImageError(url.href, response.headers.get("content-type"));
    return { ...image, ...measured, bytes: known ?? bytes };
  } catch (error) {
    if (error instanceof UnfurlError) return { ...image, error };
    throw error;
  }
}
