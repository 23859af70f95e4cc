// Reading a card from a <head> (unfurlHtml): the sources in order, where a head ends, URLs resolved,
// and the markup people and attackers actually write.
import { describe, expect, test } from "vitest";
import { InvalidInputError, unfurlHtml } from "../src/index.js";

const at = "https://example.com/blog/post";
const card = (head: string) => unfurlHtml(head, at);

describe("sources, in order", () => {
  const tags = [
    `<title>Title tag</title>`,
    `<meta name="description" content="Meta description">`,
    `<link rel="image_src" href="/image-src.jpg">`,
    `<meta name="twitter:title" content="Twitter title">`,
    `<meta name="twitter:description" content="Twitter description">`,
    `<meta name="twitter:image" content="/twitter.jpg">`,
    `<meta property="og:title" content="OG title">`,
    `<meta property="og:description" content="OG description">`,
    `<meta property="og:image" content="/og.jpg">`,
    `<meta property="og:site_name" content="Example">`,
  ];
  const all = tags.join("");
  const without = (...prefixes: string[]) => tags.filter((tag) => !prefixes.some((prefix) => tag.includes(`"${prefix}`))).join("");

  test("Open Graph first", () => {
    expect(card(all)).toMatchObject({ title: "OG title", description: "OG description", image: { url: "https://example.com/og.jpg", source: "og:image" }, siteName: "Example" });
  });
  test("then Twitter cards", () => {
    expect(card(without("og:"))).toMatchObject({ title: "Twitter title", description: "Twitter description", image: { url: "https://example.com/twitter.jpg", source: "twitter:image" } });
  });
  test("then <title>, meta description and link rel=image_src", () => {
    expect(card(without("og:", "twitter:"))).toMatchObject({ title: "Title tag", description: "Meta description", image: { url: "https://example.com/image-src.jpg", source: "link rel=image_src" } });
  });
  test("an empty value falls through to the next source, and is reported as empty", () => {
    const read = card(`<meta property="og:title" content="  "><title>Fallback</title>`);
    expect(read.title).toBe("Fallback");
    expect(read.head.openGraph.title).toBe("");
  });
  test("the first non-empty og:image wins; name= is read as property= (pages write both)", () => {
    expect(card(`<meta property="og:image" content=""><meta name="og:image" content="/a.png"><meta property="og:image" content="/b.png">`).image!.url).toBe("https://example.com/a.png");
  });
});

describe("where the head ends: nothing after it is read", () => {
  test("og tags in <body> are not the page's card", () => {
    expect(card(`<head><title>Head</title></head><body><meta property="og:title" content="Body"></body>`).title).toBe("Head");
  });
  test("a <body> without </head>", () => {
    expect(card(`<head><title>Head</title><body><meta property="og:title" content="Body">`).title).toBe("Head");
  });
  test("an element that cannot be in a head (a script's iframe, a template's div) does not end it: only </head> or <body> do", () => {
    expect(card(`<head><title>Head</title><iframe src="javascript:false"></iframe><div></div><meta property="og:title" content="After"></head>`).title).toBe("After");
  });
  test("<noscript> (a tracking pixel) and <template> in the head do not end it, and what they hold is not read", () => {
    const read = card(`<noscript><img src="/pixel.gif"><meta property="og:title" content="Hidden"></noscript><template><div></div></template><meta property="og:title" content="Real">`);
    expect(read.title).toBe("Real");
  });
  test("where it ends is measured in bytes of UTF-8", () => {
    const head = `<head><title>é</title></head>`;
    expect(card(`${head}<body>…</body>`).head.end).toBe(Buffer.byteLength(head));
  });
  test("a head never closed in a complete document ends where the document does", () => {
    expect(card(`<title>Only</title>`).head.end).toBe(Buffer.byteLength(`<title>Only</title>`));
  });
  test("a head never closed within 512 KB has no end", () => {
    expect(card(`<head><title>Long</title>${"<meta name=x content=y>".repeat(30_000)}`).head.end).toBeUndefined();
  });
});

describe("text as a person reads it", () => {
  test("entities decoded, white space collapsed", () => {
    expect(card(`<title>\n  Fish &amp; Chips &#8212; &quot;best&quot;\n</title><meta name="description" content="a\n\tb &lt;c&gt;">`)).toMatchObject({
      title: 'Fish & Chips — "best"',
      description: "a b <c>",
    });
  });
  test("markup inside <title> is its text", () => {
    expect(card(`<title>a <b>bold</b> title</title>`).title).toBe("a <b>bold</b> title");
  });
  test("a meta key named __proto__ is data, not the card's prototype", () => {
    const read = card(`<meta property="__proto__" content="x"><meta name="constructor" content="y"><title>t</title>`);
    expect(Object.getPrototypeOf(read)).toBe(Object.prototype);
    expect(read.title).toBe("t");
  });
});

describe("image URLs", () => {
  test.each([
    ["/img.png", "https://example.com/img.png"],
    ["img.png", "https://example.com/blog/img.png"],
    ["//cdn.example.net/img.png", "https://cdn.example.net/img.png"],
    ["  https://cdn.example.net/a b.png  ", "https://cdn.example.net/a%20b.png"],
  ])("%s resolves against the page's URL to %s, and is kept as written", (raw, url) => {
    expect(card(`<meta property="og:image" content="${raw}">`).image).toMatchObject({ url, rawUrl: raw.trim() });
  });
  test("<base href> is honoured, as a browser does", () => {
    expect(card(`<base href="https://static.example.org/assets/"><meta property="og:image" content="img.png">`).image!.url).toBe("https://static.example.org/assets/img.png");
  });
  test.each(["javascript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "file:///etc/passwd", "http://[::1"])("%s is never the image: the next source is taken", (raw) => {
    expect(card(`<meta property="og:image" content="${raw}"><meta name="twitter:image" content="/fallback.png">`).image!.url).toBe("https://example.com/fallback.png");
  });
});

describe("bad input", () => {
  test("names each violation", () => {
    const error = (() => {
      try {
        unfurlHtml(42 as never, "/relative");
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues).toEqual([
      { path: "html", message: "must be a string or a Uint8Array, not number" },
      { path: "url", message: "must be an absolute http(s) URL" },
    ]);
  });
  test("a null url", () => {
    expect(() => unfurlHtml("", null as never)).toThrow("url must be a string, not null");
  });
});
