// "Use my instance": the reader's credentials replace YOUR_INSTANCE_ID and YOUR_ACCESS_TOKEN in every
// code sample. They live in this tab's sessionStorage and nowhere else; nothing here sends them.
const LINKCARD_KEY = "linkcard.instance";
// what a credential may hold: enough for real ones, nothing that could break out of a sample's quotes
const LINKCARD_CREDENTIAL = /^[A-Za-z0-9._~+\/=-]{1,256}$/;

/** The spec with the reader's credentials in its samples, or undefined when they gave none. */
function linkcardSwap(definition) {
  let mine;
  try {
    mine = JSON.parse(sessionStorage.getItem(LINKCARD_KEY) ?? "null");
  } catch {}
  if (!mine || !LINKCARD_CREDENTIAL.test(mine.instanceId) || !LINKCARD_CREDENTIAL.test(mine.accessToken)) return undefined;
  const swapped = structuredClone(definition);
  for (const item of Object.values(swapped.paths))
    for (const operation of Object.values(item))
      for (const sample of operation["x-codeSamples"] ?? [])
        sample.source = sample.source
          .replaceAll(LINKCARD_PLACEHOLDERS.instance_id, mine.instanceId)
          .replaceAll(LINKCARD_PLACEHOLDERS.access_token, mine.accessToken);
  return swapped;
}

{
  const form = document.getElementById("linkcard-instance");
  const status = document.getElementById("linkcard-instance-status");
  const saved = JSON.parse(sessionStorage.getItem(LINKCARD_KEY) ?? "null");
  if (saved) {
    form.elements.instanceId.value = saved.instanceId;
    status.textContent = "The samples below use your instance.";
  }
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const instanceId = form.elements.instanceId.value.trim();
    const accessToken = form.elements.accessToken.value.trim();
    if (!LINKCARD_CREDENTIAL.test(instanceId) || !LINKCARD_CREDENTIAL.test(accessToken)) {
      status.textContent = "Each must be 1 to 256 letters, digits or . _ ~ + / = -";
      return;
    }
    sessionStorage.setItem(LINKCARD_KEY, JSON.stringify({ instanceId, accessToken }));
    location.reload();
  });
  document.getElementById("linkcard-forget").addEventListener("click", () => {
    sessionStorage.removeItem(LINKCARD_KEY);
    location.reload();
  });
}
