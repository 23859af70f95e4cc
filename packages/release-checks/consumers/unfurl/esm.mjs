// @linkcard/unfurl from ESM: a card read from HTML, and the default refusal of a loopback address.
import { unfurl, unfurlHtml } from "@linkcard/unfurl";

const card = unfurlHtml('<head><meta property="og:title" content="Hello"><meta property="og:image" content="/a.png"></head>', "https://example.com/");
const refused = await unfurl("http://127.0.0.1/").catch((error) => error.name);
console.log(JSON.stringify({ title: card.title, image: card.image.url, refused }));
