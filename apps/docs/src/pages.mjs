// The site's own pages: the index, "Testing your own integration" and "Campaigns". A page's {{file}}
// blocks are example files that tests run (test/testing-examples.test.ts, and @linkcard/campaign's
// test/examples.test.ts), so a page cannot drift from what runs.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";

const here = (path) => new URL(path, import.meta.url);
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

/** Each page: its source in pages/, and the folder its {{file.ext}} blocks are read from (a name without a dot, like a template's {{name}}, is left as it is). */
export const PAGES = {
  testing: here("../testing/examples/"),
  campaigns: here("../../../packages/campaign/examples/"),
};

/** Writes index.html, site.css and <page>/index.html for each of PAGES into `outDir`. */
export function buildPages(outDir) {
  copyFileSync(here("./pages/index.html"), `${outDir}/index.html`);
  copyFileSync(here("./pages/site.css"), `${outDir}/site.css`);
  for (const [page, examples] of Object.entries(PAGES)) {
    mkdirSync(`${outDir}/${page}`, { recursive: true });
    const html = readFileSync(here(`./pages/${page}.html`), "utf8").replace(/\{\{([\w/-]+\.[\w.]+)\}\}/g, (_, file) => {
      const source = readFileSync(new URL(file, examples), "utf8");
      return `<p class="file">${escape(file)}</p>\n      <pre><code>${escape(source)}</code></pre>`;
    });
    writeFileSync(`${outDir}/${page}/index.html`, html);
  }
}
