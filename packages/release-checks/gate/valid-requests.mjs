// Requests the API documents as valid, beyond the spec's own examples: every chatId form, URL form and
// length limit the docs name. The gate replays them against a new spec; a test keeps every one valid
// under the current spec, so the corpus never goes stale.
const credentials = { instance_id: "123456789", access_token: "123456789" };
const send = (fields) => ({ ...credentials, chatId: "201234567890", url: "https://wawp.net", ...fields });

export const validRequests = [
  // chatId: a number with country code, + and spaces allowed; every WhatsApp ID suffix
  ...["201234567890", "+201234567890", "+20 123 456 7890", " 20 1234 5678 90", "1234567", "123456789012345"].map((chatId) => send({ chatId })),
  ...["201234567890@c.us", "120363025246125486@g.us", "201234567890-1609459200@g.us", "120363025246125486@newsletter", "123456789012345@lid", "1609459200@broadcast", "status@broadcast"].map((chatId) => send({ chatId })),
  // url and thumbnail: http or https, the scheme in any case, with a path, query or fragment
  ...["http://wawp.net", "https://wawp.net/", "HTTPS://WAWP.NET/Path?q=1#top", "Http://127.0.0.1:8080/x", "https://wawp.net/a%20b?x=%E2%9C%93"].map((url) => send({ url, thumbnail: url })),
  // text up to 4096 characters, empty or not; any text in title and description
  send({ text: "" }),
  send({ text: "x".repeat(4096) }),
  send({ text: "🙂".repeat(2048) }),
  send({ title: "", description: "" }),
  send({ title: "Wawp — WhatsApp API ✓", description: "line one\nline two" }),
  send({ linkPreviewHighQuality: false }),
  send({ linkPreviewHighQuality: true }),
  send({ reply_to: null }),
  send({ reply_to: "true_201234567890@c.us_3EB0C767D26A8B4C1F27" }),
  // a field the spec does not list is not refused (the API may know it)
  send({ previewOnly: true }),
  send({ text: "Check out our new website!", thumbnail: "https://wawp.net/samples/cat.jpg", title: "Wawp", description: "Automation", linkPreviewHighQuality: true, reply_to: null }),
];
