import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

// What the fake Kakao Local, Nominatim and OpenAI (test/fake-openai.ts) share: a real HTTP server
// on 127.0.0.1 that records every request as it came, and can be told to fail or to hold its
// answers (to outlast a limit).

export interface ServedRequest {
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  /** The JSON body a POST carried; undefined without one. */
  body?: unknown;
}

export interface FakeAnswer {
  status: number;
  body?: unknown;
  /** Sent as it is instead of the body's JSON: an answer no JSON parser reads. */
  raw?: string;
  headers?: Record<string, string>;
}

export interface FakeService {
  url: string;
  requests: ServedRequest[];
  /** Answers the next `times` requests with this status and body instead. */
  fail(answer: FakeAnswer, times?: number): void;
  /** Holds the next `times` answers this long before sending them. */
  hold(ms: number, times?: number): void;
  /** Forgets the requests so far and the failures and holds not yet used: a fresh start for a test. */
  reset(): void;
  close(): Promise<void>;
}

async function textOf(request: AsyncIterable<Buffer>): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
}

export async function startFakeService(answer: (request: ServedRequest) => FakeAnswer): Promise<FakeService> {
  const requests: ServedRequest[] = [];
  const failures: FakeAnswer[] = [];
  const holds: number[] = [];
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://fake");
    const text = await textOf(req);
    const request = {
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    requests.push(request);
    const held = holds.shift();
    if (held) await sleep(held);
    const { status, body, raw, headers = {} } = failures.shift() ?? answer(request);
    if (res.destroyed) return;
    res.writeHead(status, { "content-type": "application/json;charset=UTF-8", ...headers });
    res.end(raw ?? JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    fail: (failure, times = 1) => failures.push(...Array.from({ length: times }, () => failure)),
    hold: (ms, times = 1) => holds.push(...Array.from({ length: times }, () => ms)),
    reset: () => {
      for (const list of [requests, failures, holds]) list.length = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
