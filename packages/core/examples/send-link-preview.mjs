import { APIError, RateLimitError, ValidationError, createClient } from "@linkcard/core";

// credentials from WAWP_INSTANCE_ID and WAWP_ACCESS_TOKEN; WAWP_BASE_URL points it at the mock
const client = createClient();

try {
  const message = await client.sendLinkPreview({
    chatId: "201234567890",
    url: "https://wawp.net",
    text: "Check out our new website!",
    title: "Wawp - Advanced WhatsApp API",
    description: "The ultimate platform for WhatsApp automation.",
    thumbnail: "https://wawp.net/samples/cat.jpg",
    linkPreviewHighQuality: true,
  });
  console.log(`sent ${message.id._serialized} (ack ${message.ack})`);
} catch (error) {
  if (error instanceof ValidationError) console.error("fix the input:", error.issues);
  else if (error instanceof RateLimitError) console.error(`rate limited; try again in ${error.retryAfter} ms`);
  else if (error instanceof APIError) console.error(`${error.status}: ${error.message}`);
  else throw error; // APIConnectionError, APITimeoutError: the message may or may not have been sent
}
