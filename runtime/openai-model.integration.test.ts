import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FakeOpenAi, fakeEmbedding, startFakeOpenAi } from "../test/fake-openai.js";
import { capturingLogger, testLogger } from "../test/logger.js";
import { freePort } from "../test/net.js";
import { createTestRedis } from "../test/redis.js";
import { baseConfig, loadConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { type OpenAiModelOptions, openAiModel, openAiModelFrom } from "./openai-model.js";
import { openRedis } from "./services.js";

// The model client against a real HTTP server speaking the OpenAI API: batches, the SDK's retries,
// the deadline, answers that cannot be used, the daily budget shared through Redis, the why-line,
// and one log line per outage.

const DIMENSIONS = 8;
const texts = ["등산 모임 (주말 북한산)", "Board games on Friday nights", "중고 자전거"];

let fake: FakeOpenAi;
let redis: Awaited<ReturnType<typeof createTestRedis>>;

beforeAll(async () => {
  fake = await startFakeOpenAi({ dimensions: DIMENSIONS });
});

afterAll(() => fake?.close());

beforeEach(async () => {
  redis = await createTestRedis();
  fake.reset();
});

afterEach(() => redis.cleanup());

function model(overrides: Partial<OpenAiModelOptions> & { logger?: Logger } = {}) {
  return openAiModel({
    baseURL: fake.baseURL,
    embeddingModel: "fake-embed",
    dimensions: DIMENSIONS,
    chatModel: "fake-chat",
    timeoutMs: 5000,
    dailyBudget: 100,
    redis: redis.redis,
    keyPrefix: redis.prefix,
    logger: testLogger,
    ...overrides,
  });
}

async function timed<T>(pending: Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await pending;
  return { value, ms: performance.now() - started };
}

describe("embeddings", () => {
  it("embeds a batch in one request that carries the texts and nothing else", async () => {
    const result = await model().embeddings.embed(texts);
    expect(result).toEqual({ answered: true, vectors: texts.map((text) => fakeEmbedding(text, DIMENSIONS)) });
    expect(fake.embeddingInputs()).toEqual([texts]);
    expect(fake.requests[0]?.body).toEqual({ model: "fake-embed", input: texts, encoding_format: "float" });
  });

  it("splits more texts than a batch holds into requests of a batch each, in order", async () => {
    const result = await model({ batchSize: 2 }).embeddings.embed(texts);
    expect(result).toEqual({ answered: true, vectors: texts.map((text) => fakeEmbedding(text, DIMENSIONS)) });
    expect(fake.embeddingInputs()).toEqual([texts.slice(0, 2), texts.slice(2)]);
  });

  it("asks nothing for no texts", async () => {
    expect(await model().embeddings.embed([])).toEqual({ answered: true, vectors: [] });
    expect(fake.requests).toHaveLength(0);
  });

  it("waits out a 429's Retry-After and answers on the retry", async () => {
    fake.rateLimit(1, 1);
    const { value, ms } = await timed(model().embeddings.embed(texts));
    expect(value.answered).toBe(true);
    expect(fake.requests).toHaveLength(2);
    expect(ms).toBeGreaterThanOrEqual(950);
  });

  it("is unreachable when the server keeps answering 500 past the retries", async () => {
    fake.serverError(3);
    expect(await model().embeddings.embed(texts)).toEqual({ answered: false, reason: "unreachable" });
    expect(fake.requests).toHaveLength(3);
  });

  it("is slow when the server hangs, within about the timeout, retries included", async () => {
    fake.hang(10_000, 3);
    const { value, ms } = await timed(model({ timeoutMs: 400 }).embeddings.embed(texts));
    expect(value).toEqual({ answered: false, reason: "slow" });
    expect(ms).toBeLessThan(900);
  });

  it("is slow when a Retry-After would outlast the timeout", async () => {
    fake.rateLimit(1, 30);
    const { value, ms } = await timed(model({ timeoutMs: 400 }).embeddings.embed(texts));
    expect(value).toEqual({ answered: false, reason: "slow" });
    expect(ms).toBeLessThan(900);
  });

  it("is malformed when the answer is not JSON", async () => {
    fake.malformed(1);
    expect(await model().embeddings.embed(texts)).toEqual({ answered: false, reason: "malformed" });
  });

  it("is wrong-size when the vectors are not of the configured size", async () => {
    fake.wrongSize(1);
    expect(await model().embeddings.embed(texts)).toEqual({ answered: false, reason: "wrong-size" });
  });
});

describe("the daily budget", () => {
  it("stops requests once spent, counted for every client on one Redis", async () => {
    const [first, second] = [model({ dailyBudget: 2 }), model({ dailyBudget: 2 })];
    expect((await first.embeddings.embed(texts)).answered).toBe(true);
    expect(await second.why.write({ language: "en", facts: ["likes hiking"] })).toBeDefined();
    expect(await first.embeddings.embed(texts)).toEqual({ answered: false, reason: "over-budget" });
    expect(await second.embeddings.embed(texts)).toEqual({ answered: false, reason: "over-budget" });
    expect(fake.requests).toHaveLength(2);
  });

  it("is a budget of this deployment's prefix alone", async () => {
    const other = await createTestRedis();
    try {
      expect((await model({ dailyBudget: 1 }).embeddings.embed(texts)).answered).toBe(true);
      const elsewhere = model({ dailyBudget: 1, keyPrefix: other.prefix });
      expect((await elsewhere.embeddings.embed(texts)).answered).toBe(true);
    } finally {
      await other.cleanup();
    }
  });

  it("is spent when Redis cannot count it, and asks nothing", async () => {
    const away = openRedis(`redis://127.0.0.1:${await freePort()}`);
    away.on("error", () => {}); // refused connections are the point here, not news
    try {
      const client = model({ redis: away, timeoutMs: 3000 });
      expect(await client.embeddings.embed(texts)).toEqual({ answered: false, reason: "over-budget" });
      expect(fake.requests).toHaveLength(0);
    } finally {
      away.disconnect();
    }
  });
});

describe("the why-writer", () => {
  it("asks for the line as structured output and returns it in the asked language", async () => {
    const why = model().why;
    expect(await why.write({ language: "en", facts: ["both like hiking", "meets in 마포구"] })).toBe(
      "Why: both like hiking",
    );
    expect(await why.write({ language: "ko", facts: ["둘 다 등산을 좋아해요"] })).toBe(
      "추천 이유: 둘 다 등산을 좋아해요",
    );
    const body = fake.requests[0]?.body as { model: string; response_format: { type: string } };
    expect(body.model).toBe("fake-chat");
    expect(body.response_format.type).toBe("json_schema");
  });

  it.each([
    ["not JSON", "Why: both like hiking"],
    ["JSON of another shape", JSON.stringify({ reason: "both like hiking" })],
    ["an empty line", JSON.stringify({ line: "  " })],
    ["two lines", JSON.stringify({ line: "Why:\nboth like hiking" })],
    ["another language than asked", JSON.stringify({ line: "둘 다 등산을 좋아해요" })],
    ["too long a line", JSON.stringify({ line: "x".repeat(200) })],
  ])("gives nothing for %s", async (_, content) => {
    fake.chatContent = () => content;
    expect(await model().why.write({ language: "en", facts: ["both like hiking"] })).toBeUndefined();
  });

  it("gives nothing when the server is down", async () => {
    fake.serverError(3);
    expect(await model().why.write({ language: "ko", facts: ["등산"] })).toBeUndefined();
  });
});

describe("logging", () => {
  it("warns once an outage, however many requests fail, and never logs the texts", async () => {
    const { logger, records, lines } = capturingLogger();
    const client = model({ logger });
    fake.malformed(4);
    for (let i = 0; i < 4; i += 1) await client.embeddings.embed(texts);
    expect(records.filter((record) => record.level === 40)).toHaveLength(1);
    expect(records[0]).toMatchObject({ model: "embeddings", reason: "malformed" });

    expect((await client.embeddings.embed(texts)).answered).toBe(true);
    expect(records.filter((record) => record.msg === "model answering again")).toHaveLength(1);
    fake.serverError(3);
    await client.embeddings.embed(texts);
    expect(records.filter((record) => record.level === 40)).toHaveLength(2);
    expect(records.at(-1)).toMatchObject({ reason: "unreachable", status: 500 });
    for (const text of texts) expect(lines.join("")).not.toContain(text);
  });
});

describe("from the environment", () => {
  it("is none without OPENAI_API_KEY or OPENAI_BASE_URL: the offline ranker is all there is", () => {
    const parts = { redis: redis.redis, keyPrefix: redis.prefix, logger: testLogger };
    expect(openAiModelFrom(loadConfig(baseConfig, {}), parts)).toBeUndefined();
  });

  it("speaks to OPENAI_BASE_URL with the configured models and size", async () => {
    const config = loadConfig(baseConfig, {
      OPENAI_BASE_URL: fake.baseURL,
      OPENAI_EMBEDDING_MODEL: "nomic-embed-text",
      OPENAI_EMBEDDING_DIMENSIONS: String(DIMENSIONS),
    });
    const configured = openAiModelFrom(config, {
      redis: redis.redis,
      keyPrefix: redis.prefix,
      logger: testLogger,
    });
    expect(configured?.embeddings).toMatchObject({ model: "nomic-embed-text", dimensions: DIMENSIONS });
    expect((await configured?.embeddings.embed(texts))?.answered).toBe(true);
    expect(fake.requests[0]?.body).toMatchObject({ model: "nomic-embed-text" });
  });

  it("refuses a dimension that is not a positive whole number, naming the variable", () => {
    expect(() => loadConfig(baseConfig, { OPENAI_EMBEDDING_DIMENSIONS: "0" })).toThrow(
      /OPENAI_EMBEDDING_DIMENSIONS/,
    );
  });
});
