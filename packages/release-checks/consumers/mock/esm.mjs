// startMockServer from the installed package: Prism on a free port, one card sent to it, stopped.
import { startMockServer } from "@linkcard/mock";

const mock = await startMockServer();
try {
  const response = await fetch(`${mock.url}/v2/send/link-preview`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" }),
  });
  const body = await response.json();
  console.log(JSON.stringify({ status: response.status, sent: body.id._serialized }));
} finally {
  await mock.stop();
}
