// The mock answers whatever name it is reached by, as Prism does: in docker-compose a service name such as
// `wawp_mock` is the Host, though an underscore makes it no valid host name. Raw sockets: fetch sets Host.
import { connect } from "node:net";
import { expect, inject, test } from "vitest";

const mock = new URL(inject("mockUrl"));
const card = JSON.stringify({ instance_id: "123456789", access_token: "123456789", chatId: "201234567890", url: "https://wawp.net" });

test.each(["wawp_mock:4010", "mock.internal", "localhost"])("Host: %s is served", async (host) => {
  const answer = await new Promise<string>((resolve, reject) => {
    const socket = connect(Number(mock.port), mock.hostname, () =>
      socket.write(
        `POST /v2/send/link-preview HTTP/1.1\r\nHost: ${host}\r\nContent-Type: application/json\r\n` +
          `Content-Length: ${card.length}\r\nConnection: close\r\n\r\n${card}`,
      ),
    );
    let text = "";
    socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk));
    socket.on("close", () => resolve(text)).on("error", reject);
  });
  expect(answer).toMatch(/^HTTP\/1\.1 200 /);
});
