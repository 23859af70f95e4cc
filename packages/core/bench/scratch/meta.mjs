import { build } from "esbuild";
const r = await build({ entryPoints: [process.argv[2]], bundle: true, minify: true, format: "esm", platform: "browser", target: "es2022", write: false, metafile: true, logLevel: "silent" });
const out = Object.values(r.metafile.outputs)[0];
const rows = Object.entries(out.inputs).sort((a,b)=>b[1].bytesInOutput-a[1].bytesInOutput);
for (const [k,v] of rows.slice(0,25)) console.log(String(v.bytesInOutput).padStart(7), k.replace(/.*node_modules\//,""));
