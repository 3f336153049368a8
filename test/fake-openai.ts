import { createHash } from "node:crypto";
import { type FakeService, type ServedRequest, startFakeService } from "./fake-geocoders/server.js";

// A fake OpenAI API (what Ollama and vLLM also speak) on 127.0.0.1: POST /v1/embeddings and
// /v1/chat/completions. Its embeddings are deterministic — each text's hash spread into a unit
// vector — so the same texts give the same figures in every run, and similar rankings can be
// benchmarked. It can be told to misbehave for the next requests, and keeps every request it got.

export interface FakeOpenAi {
  /** The base URL, as OPENAI_BASE_URL: http://127.0.0.1:<port>/v1. */
  baseURL: string;
  requests: ServedRequest[];
  /** The texts each embeddings request carried, one array per request. */
  embeddingInputs(): string[][];
  /** What the chat model answers as its message content; by default {"line": …} from the first fact. */
  chatContent: ((request: ServedRequest) => string) | undefined;
  /** 429 with Retry-After (seconds) for the next `times` requests. */
  rateLimit(times: number, retryAfterSeconds: number): void;
  serverError(times: number): void;
  /** Holds the next `times` answers this long: longer than the client's timeout is a hang. */
  hang(ms: number, times?: number): void;
  /** A 200 whose body is not JSON, for the next `times` requests. */
  malformed(times: number): void;
  /** Vectors one longer than asked for, for the next `times` embeddings requests. */
  wrongSize(times: number): void;
  /** Forgets the requests so far, and every misbehaviour not yet used. */
  reset(): void;
  close(): Promise<void>;
}

/** The fake's vector for a text: SHA-256 blocks of it as bytes in [-1, 1], scaled to length 1. */
export function fakeEmbedding(text: string, dimensions: number): number[] {
  const values: number[] = [];
  for (let block = 0; values.length < dimensions; block += 1) {
    const bytes = createHash("sha256").update(`${block}:${text}`).digest();
    for (const byte of bytes) values.push(byte / 127.5 - 1);
  }
  const vector = values.slice(0, dimensions);
  const length = Math.hypot(...vector);
  return vector.map((value) => value / length);
}

interface ChatBody {
  messages: { role: string; content: string }[];
}

/** A line in the asked language (the system message names it), made of the first fact. */
function defaultChatContent(request: ServedRequest): string {
  const { messages } = request.body as ChatBody;
  const korean = messages[0]?.content.includes("Korean") ?? false;
  const fact = messages[1]?.content.split("\n")[0]?.replace(/^- /, "") ?? "";
  return JSON.stringify({ line: korean ? `추천 이유: ${fact}` : `Why: ${fact}` });
}

function inputsOf(request: ServedRequest): string[] {
  const { input } = request.body as { input: string | string[] };
  return typeof input === "string" ? [input] : input;
}

export async function startFakeOpenAi({ dimensions = 1536 } = {}): Promise<FakeOpenAi> {
  let wrongSizeLeft = 0;
  const fake: Pick<FakeOpenAi, "chatContent"> = { chatContent: undefined };

  const embeddings = (request: ServedRequest) => {
    const size = wrongSizeLeft > 0 ? dimensions + 1 : dimensions;
    wrongSizeLeft = Math.max(0, wrongSizeLeft - 1);
    const data = inputsOf(request).map((text, index) => ({
      object: "embedding",
      index,
      embedding: fakeEmbedding(text, size),
    }));
    const { model } = request.body as { model: string };
    return { object: "list", data, model, usage: { prompt_tokens: 0, total_tokens: 0 } };
  };

  const chat = (request: ServedRequest) => {
    const content = (fake.chatContent ?? defaultChatContent)(request);
    const message = { role: "assistant", content, refusal: null };
    return {
      id: "chatcmpl-fake",
      object: "chat.completion",
      created: Math.floor(Date.now() / 1000),
      model: (request.body as { model: string }).model,
      choices: [{ index: 0, message, finish_reason: "stop", logprobs: null }],
    };
  };

  const service: FakeService = await startFakeService((request) => {
    if (request.path === "/v1/embeddings") return { status: 200, body: embeddings(request) };
    if (request.path === "/v1/chat/completions") return { status: 200, body: chat(request) };
    return { status: 404, body: { error: { message: "unknown path", type: "invalid_request_error" } } };
  });

  const error = (message: string, type: string) => ({ error: { message, type, code: null, param: null } });
  return Object.assign(fake, {
    baseURL: `${service.url}/v1`,
    requests: service.requests,
    embeddingInputs: () => service.requests.filter((r) => r.path === "/v1/embeddings").map(inputsOf),
    rateLimit: (times: number, retryAfterSeconds: number) =>
      service.fail(
        {
          status: 429,
          body: error("Rate limit reached", "requests"),
          headers: { "retry-after": String(retryAfterSeconds) },
        },
        times,
      ),
    serverError: (times: number) =>
      service.fail({ status: 500, body: error("The server had an error", "server_error") }, times),
    hang: service.hold,
    malformed: (times: number) => service.fail({ status: 200, raw: '{"data": [{"embedding": [0.1,' }, times),
    wrongSize: (times: number) => {
      wrongSizeLeft += times;
    },
    reset: () => {
      service.reset();
      wrongSizeLeft = 0;
      fake.chatContent = undefined;
    },
    close: service.close,
  });
}
