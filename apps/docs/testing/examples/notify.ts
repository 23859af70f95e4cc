// Your code: it sends a card and tells its caller, in its own words, what became of it.
import { RateLimitError, createClient } from "@linkcard/core";

export async function notify(chatId: string, url: string): Promise<string> {
  const client = createClient({ maxRetries: 0, headers: { prefer: process.env.MOCK_PREFER ?? "" } });
  try {
    const message = await client.sendLinkPreview({ chatId, url });
    return `sent ${message.id._serialized}`;
  } catch (error) {
    if (error instanceof RateLimitError) return `try again in ${Math.round((error.retryAfter ?? 0) / 1000)} s`;
    throw error;
  }
}
