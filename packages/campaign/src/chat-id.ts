/**
 * Who a chatId reaches, as one string, for finding duplicates. The spec's chatId description says the API
 * strips `+` and spaces from a phone number, and that `<number>@c.us` is that number's person: so
 * `+20 123 456 7890`, `201234567890` and `201234567890@c.us` are one recipient. Other IDs (groups,
 * channels, hidden numbers) are compared as given.
 */
export function recipientKey(chatId: string): string {
  const bare = chatId.replace(/[+ ]/g, "");
  if (/^[0-9]+$/.test(bare)) return `${bare}@c.us`;
  return bare.endsWith("@c.us") ? bare : chatId;
}
