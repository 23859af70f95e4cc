import { redactor, tokenPattern } from "../../src/redact.ts";
const t = "tok_s3cr3t-VALUE/é";
console.log(tokenPattern(t)!.source.length);
const r = redactor(t);
const b64 = Buffer.from("xx" + t).toString("base64");
const php = JSON.stringify(t).replace(/[\u007f-\uffff]|\//g, (c) => (c === "/" ? "\\/" : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`));
const all = [...t].map(c => `&#${c.codePointAt(0)}`).join("");
for (const s of [t, JSON.stringify({a: t}), php, encodeURIComponent(t), encodeURIComponent(t).toLowerCase(), Buffer.from(t).toString("hex"), b64, "201234567890", "abc" + t, all, new URLSearchParams({t}).toString(), Buffer.from(t).toString("latin1")])
  console.log(JSON.stringify(s), "→", JSON.stringify(r(s)));
const r2 = redactor("123456789");
console.log(r2("201234567890 123456789 x123456789 1764320000"));
for (const [name, big, rr] of [["adversarial digits", "12345678".repeat(1_250_000), r2], ["%", "%7".repeat(5_000_000), r], ["prefix", t.slice(0,15).repeat(700_000), r], ["&#", "&#116;&#111;&#10".repeat(600_000), r]] as const) {
  const s0 = performance.now(); rr(big); console.log("10MB", name, (performance.now() - s0).toFixed(0), "ms");
}
const msg = JSON.stringify((await import("@linkcard/types/openapi.json", {with:{type:"json"}})).default.components.examples.LinkPreviewMessage.value);
let s0 = performance.now(); for (let i=0;i<10000;i++) r(msg); console.log("msg", (performance.now() - s0)/10, "µs", msg.length);
s0 = performance.now(); for (let i=0;i<1000;i++) tokenPattern(t); console.log("compile", (performance.now() - s0), "µs");
