import { startMockServer, type MockServer } from "@linkcard/mock";

export async function withMock(test: (url: string) => Promise<void>): Promise<void> {
  const mock: MockServer = await startMockServer({ dynamic: false });
  try {
    await test(mock.url);
  } finally {
    await mock.stop();
  }
}
// @ts-expect-error port is a number
export const wrong = () => startMockServer({ port: "4010" });
