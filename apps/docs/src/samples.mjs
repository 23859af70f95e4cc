// The operation's request samples (x-codeSamples), generated from the spec's request example at build
// time: the plain-HTTP languages by httpsnippet, the SDK ones from the same params. Credentials are the
// placeholders YOUR_INSTANCE_ID and YOUR_ACCESS_TOKEN (the reference's "use my instance" form swaps them).
import { HTTPSnippet } from "@readme/httpsnippet";

export const PATH = "/v2/send/link-preview";
export const PLACEHOLDERS = { instance_id: "YOUR_INSTANCE_ID", access_token: "YOUR_ACCESS_TOKEN" };

/** The request example the samples send: the spec's first one, with placeholder credentials. */
export function sampleBody(spec) {
  const [first] = Object.values(spec.paths[PATH].post.requestBody.content["application/json"].examples);
  return { ...first.value, ...PLACEHOLDERS };
}

/** A JavaScript object literal of `value`, indented `depth` levels (keys unquoted where they can be). */
const literal = (value, depth = 0) => {
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const pad = "  ".repeat(depth + 1);
  const fields = Object.entries(value).map(([key, item]) => `${pad}${/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key)}: ${literal(item, depth + 1)}`);
  return `{\n${fields.join(",\n")},\n${"  ".repeat(depth)}}`;
};

const typescript = (params) => `import { APIError, createClient } from "@linkcard/core";

// on your server: the access token must never reach a browser
const client = createClient({ instanceId: "${PLACEHOLDERS.instance_id}", accessToken: "${PLACEHOLDERS.access_token}" });

try {
  const message = await client.sendLinkPreview(${literal(params, 1)});
  console.log(\`sent \${message.id._serialized}\`);
} catch (error) {
  if (error instanceof APIError) console.error(\`\${error.status}: \${error.message}\`);
  else throw error;
}
`;

const react = (params) => `// In the page, through your proxy (createProxyHandler from @linkcard/core/server holds
// YOUR_INSTANCE_ID and YOUR_ACCESS_TOKEN on your server): no token in the browser.
import { createClient } from "@linkcard/core";
import { LinkcardProvider, useSendLinkPreview } from "@linkcard/react";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";

const linkcard = createClient({ proxy: "/api/linkcard" });
const queryClient = new QueryClient();
const card = ${literal(params)};

function SendCard() {
  const { mutate, data, error, isPending } = useSendLinkPreview();
  return (
    <>
      <button type="button" disabled={isPending} onClick={() => mutate(card)}>
        Send
      </button>
      {data && <p>Sent {data.id._serialized}</p>}
      {error && <p role="alert">{error.message}</p>}
    </>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LinkcardProvider client={linkcard}>
        <SendCard />
      </LinkcardProvider>
    </QueryClientProvider>
  );
}
`;

/** Every sample, in the order of the reference's tabs: `{ lang, label, source }` (Redoc's x-codeSamples). */
export function codeSamples(spec) {
  const body = sampleBody(spec);
  const { instance_id: _, access_token: __, ...params } = body;
  const http = new HTTPSnippet({
    method: "POST",
    url: `${spec.servers[0].url}${PATH}`,
    httpVersion: "HTTP/1.1",
    headers: [{ name: "content-type", value: "application/json" }],
    queryString: [],
    cookies: [],
    headersSize: -1,
    bodySize: -1,
    postData: { mimeType: "application/json", text: JSON.stringify(body) },
  });
  const [curl] = http.convert("shell", "curl");
  const [fetch] = http.convert("javascript", "fetch");
  const [python] = http.convert("python", "requests");
  return [
    { lang: "Shell", label: "cURL", source: curl },
    { lang: "JavaScript", label: "JavaScript (fetch)", source: fetch },
    { lang: "TypeScript", label: "TypeScript (@linkcard/core)", source: typescript(params) },
    { lang: "JavaScript", label: "React (@linkcard/react)", source: react(params) },
    { lang: "Python", label: "Python (requests)", source: python },
  ];
}
