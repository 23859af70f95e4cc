// @linkcard/unfurl from CommonJS: a card read from HTML, and the default refusal of a loopback address.
const { unfurl, unfurlHtml } = require("@linkcard/unfurl");

const card = unfurlHtml('<head><meta property="og:title" content="Hello"><meta property="og:image" content="/a.png"></head>', "https://example.com/");
unfurl("http://127.0.0.1/").catch((error) => {
  console.log(JSON.stringify({ title: card.title, image: card.image.url, refused: error.name }));
});
