// The site's own pages: the index, and "Testing your own integration", whose code blocks are the example
// files in testing/examples (run by test/testing-examples.test.ts), so the page cannot drift from them.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const here = (path) => new URL(path, import.meta.url);
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Writes index.html, site.css and testing/index.html into `outDir`. */
export function buildPages(outDir) {
  mkdirSync(`${outDir}/testing`, { recursive: true });
  copyFileSync(here("./pages/index.html"), `${outDir}/index.html`);
  copyFileSync(here("./pages/site.css"), `${outDir}/site.css`);
  const testing = readFileSync(here("./pages/testing.html"), "utf8").replace(/\{\{([\w.-]+)\}\}/g, (_, file) => {
    const source = readFileSync(here(`../testing/examples/${file}`), "utf8");
    return `<p class="file">${escape(file)}</p>\n      <pre><code>${escape(source)}</code></pre>`;
  });
  writeFileSync(`${outDir}/testing/index.html`, testing);
}
