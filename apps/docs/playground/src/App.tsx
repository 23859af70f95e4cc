import { createClient, validateSendLinkPreviewParams } from "@linkcard/core";
import { LinkcardProvider, useSendLinkPreview, useUnfurl } from "@linkcard/react";
import { LinkPreviewCard } from "@linkcard/react/card";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { type FormEvent, useMemo, useRef, useState } from "react";
import { FIELDS, type FormValues, exampleValues, toParams } from "./fields.js";
import { CardCheck } from "./CardCheck.js";
import { Result } from "./Result.js";

// what the mock may be asked to answer (the docs server's proxy passes `prefer` on to it)
const ANSWERS = [
  ["", "a success (200)"],
  ["code=201", "a success (201)"],
  ["code=400", "400 Bad Request"],
  ["code=401", "401 Unauthorized"],
  ["code=404", "404 Not Found"],
  ["code=422", "422 Unprocessable Entity"],
  ["code=429", "429 Too Many Requests"],
  ["code=500", "500 Internal Server Error"],
  ["code=503", "503 Service Unavailable"],
] as const;

// pages this site serves (its unfurl handler may read only its own address), each showing a rule at work
const SAMPLES = [
  ["spring-sale.html", "Spring sale: a 1200×630 PNG"],
  ["small-image.html", "Opening hours: a 240 px image"],
  ["webp-image.html", "Summer menu: a WebP image"],
] as const;

const queryClient = new QueryClient();
/** The one client of the docs server's proxy; retries off, so each answer shows at once. */
const client = createClient({ proxy: "/api/linkcard", maxRetries: 0 });

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <LinkcardProvider client={client}>
        <Playground />
      </LinkcardProvider>
    </QueryClientProvider>
  );
}

function Playground() {
  const [prefer, setPrefer] = useState("");
  const [values, setValues] = useState<FormValues>(exampleValues);
  const params = useMemo(() => toParams(values), [values]);
  // the exact check a send runs, as you type
  const issues = useMemo(() => validateSendLinkPreviewParams(params), [params]);
  const issueOf = (name: string) => issues.find((issue) => issue.path === name)?.message;
  const { mutate, data, error, isPending, reset } = useSendLinkPreview();
  const form = useRef<HTMLFormElement>(null);
  // the page alone, for "Fill from the page"; then the card as it would be sent, checked as you type
  const page = useUnfurl(values.url);
  const check = useUnfurl(values.url, {
    thumbnail: params.thumbnail,
    title: params.title,
    description: params.description,
    linkPreviewHighQuality: values.linkPreviewHighQuality,
  });
  const fill = () => {
    const found = page.data;
    if (found) setValues({ ...values, title: found.title ?? "", description: found.description ?? "", thumbnail: found.image?.url ?? "" });
  };

  const send = (event: FormEvent) => {
    event.preventDefault();
    if (issues.length) {
      form.current?.querySelector<HTMLElement>("[aria-invalid=true]")?.focus();
      return;
    }
    // the mock's answer travels with this send (the docs server's proxy passes `prefer` on)
    mutate(prefer ? { ...params, requestOptions: { headers: { prefer } } } : params);
  };

  return (
    <main>
      <header>
        <h1>Playground</h1>
        <p>
          Compose a link-preview card, see what the recipient will see, and send it through this site's proxy to the
          local mock (<a href="/reference/">reference</a>, <a href="/testing/">testing your integration</a>).
        </p>
      </header>
      <div className="columns">
        <form ref={form} onSubmit={send} noValidate aria-label="The message to send">
          {FIELDS.map(({ name, label, hint, multiline, checkbox }) => {
            const id = `field-${name}`;
            const problem = issueOf(name);
            const described = [`${id}-hint`, problem && `${id}-error`].filter(Boolean).join(" ");
            const common = {
              id,
              name,
              "aria-invalid": problem ? true : undefined,
              "aria-describedby": described,
            };
            return (
              <div className={`field${checkbox ? " checkbox" : ""}`} key={name}>
                <label htmlFor={id}>{label}</label>
                {checkbox ? (
                  <input
                    {...common}
                    type="checkbox"
                    checked={values.linkPreviewHighQuality}
                    onChange={(event) => setValues({ ...values, linkPreviewHighQuality: event.target.checked })}
                  />
                ) : multiline ? (
                  <textarea {...common} rows={3} value={values[name] as string} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
                ) : (
                  <input {...common} type="text" value={values[name] as string} onChange={(event) => setValues({ ...values, [name]: event.target.value })} />
                )}
                <small id={`${id}-hint`}>{hint}</small>
                {problem && (
                  <span className="problem" id={`${id}-error`}>
                    {label.replace(/ \(.*/, "")} {problem}
                  </span>
                )}
              </div>
            );
          })}
          <div className="field">
            <label htmlFor="field-answer">The mock answers with</label>
            <select
              id="field-answer"
              value={prefer}
              onChange={(event) => {
                reset();
                setPrefer(event.target.value);
              }}
            >
              {ANSWERS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <span className="label">Sample pages, served by this site</span>
            <div className="samples">
              {SAMPLES.map(([file, label]) => (
                <button type="button" className="secondary" key={file} onClick={() => setValues({ ...values, url: `${location.origin}/fixtures/${file}` })}>
                  {label}
                </button>
              ))}
            </div>
          </div>
          <button type="button" className="secondary" onClick={fill} disabled={!page.data}>
            Fill from the page
          </button>
          <button type="submit" disabled={isPending}>
            {isPending ? "Sending…" : "Send"}
          </button>
          {issues.length > 0 && (
            <p className="problem" role="status">
              {issues.length === 1 ? "One field needs fixing" : `${issues.length} fields need fixing`} before this can be sent.
            </p>
          )}
        </form>
        <div className="side">
          <LinkPreviewCard params={params} unfurled={check.data} />
          <CardCheck check={check} />
          <div aria-live="polite">
            <Result data={data} error={error} />
          </div>
        </div>
      </div>
    </main>
  );
}
