import type { Redis } from "ioredis";
import OpenAI, { APIConnectionTimeoutError, APIError, APIUserAbortError } from "openai";
import { z } from "zod";
import type {
  EmbeddingModel,
  EmbeddingResult,
  ModelMiss,
  WhyInput,
  WhyWriter,
} from "../core/recommendations/model.js";
import type { BaseConfig } from "./config.js";
import type { Logger } from "./logger.js";
import { within } from "./within.js";

// The recommendations ranker's model (core/recommendations/model.ts) through the openai SDK, so
// OpenAI, Ollama, vLLM or any server speaking its API can serve it. The SDK retries 429 and 5xx
// with backoff, honouring Retry-After; what it lacks is written here: one deadline over a call and
// its retries, a daily budget shared through Redis, and checking every answer before it is used.

/** Texts per embeddings request: well under every server's limit (OpenAI takes 2048). */
export const EMBEDDING_BATCH_SIZE = 100;

/** The SDK's retries of a 429, a 5xx or a dropped connection, all within the one deadline. */
const MAX_RETRIES = 2;

/** The longest why-line shown under a recommendation. */
export const WHY_MAX_CHARS = 120;

export interface OpenAiModelOptions {
  /** A local server may need none. */
  apiKey?: string | undefined;
  /** Unset: OpenAI itself. */
  baseURL?: string | undefined;
  embeddingModel: string;
  dimensions: number;
  chatModel: string;
  /** The longest a call may take, retries included; then it is "slow". */
  timeoutMs: number;
  /** Requests a UTC day, for every process on this Redis together. */
  dailyBudget: number;
  redis: Redis;
  /** The deployment's key prefix (QUEUE_PREFIX), so deployments on one Redis have budgets of their own. */
  keyPrefix: string;
  logger: Logger;
  batchSize?: number;
}

export interface OpenAiModel {
  embeddings: EmbeddingModel;
  why: WhyWriter;
}

/** The model as configured; undefined when neither OPENAI_API_KEY nor OPENAI_BASE_URL is set. */
export function openAiModelFrom(
  config: BaseConfig,
  parts: Pick<OpenAiModelOptions, "redis" | "keyPrefix" | "logger">,
): OpenAiModel | undefined {
  if (!config.OPENAI_API_KEY && !config.OPENAI_BASE_URL) return undefined;
  return openAiModel({
    apiKey: config.OPENAI_API_KEY,
    baseURL: config.OPENAI_BASE_URL,
    embeddingModel: config.OPENAI_EMBEDDING_MODEL,
    dimensions: config.OPENAI_EMBEDDING_DIMENSIONS,
    chatModel: config.OPENAI_CHAT_MODEL,
    timeoutMs: config.OPENAI_TIMEOUT_MS,
    dailyBudget: config.OPENAI_DAILY_BUDGET,
    ...parts,
  });
}

export function openAiModel(options: OpenAiModelOptions): OpenAiModel {
  const client = new OpenAI({
    // The SDK refuses to start without a key; a local server ignores the one it is sent.
    apiKey: options.apiKey ?? "none",
    baseURL: options.baseURL,
    timeout: options.timeoutMs,
    maxRetries: MAX_RETRIES,
    // Its debug log prints request bodies: OPENAI_LOG must not be able to turn that on.
    logLevel: "off",
  });
  const takeFromBudget = dailyBudget(options);
  const call = <T>(source: string) => guardedCall<T>({ ...options, source, takeFromBudget });
  return {
    embeddings: embeddingModel(client, options, call<number[][]>("embeddings")),
    why: whyWriter(client, options.chatModel, call<string>("chat")),
  };
}

/** A model answer that is not usable, thrown by the readers of answers. */
class Miss extends Error {
  override name = "Miss";
  constructor(readonly reason: ModelMiss) {
    super(reason);
  }
}

type Outcome<T> = { answered: true; value: T } | { answered: false; reason: ModelMiss };

type GuardedCall<T> = (
  request: (signal: AbortSignal) => Promise<unknown>,
  read: (answer: unknown) => T,
) => Promise<Outcome<T>>;

/**
 * One request to the model: charged to the budget and cut at the deadline together, its answer read (`read`
 * throws on anything unusable), and a miss logged once per outage: the first after an answer.
 */
function guardedCall<T>({
  source,
  timeoutMs,
  takeFromBudget,
  logger,
}: {
  source: string;
  timeoutMs: number;
  takeFromBudget: () => Promise<boolean>;
  logger: Logger;
}): GuardedCall<T> {
  let down = false;
  const missed = (reason: ModelMiss, error?: unknown): Outcome<T> => {
    if (!down) logger.warn({ model: source, reason, ...statusOf(error) }, "model unusable: ranking offline");
    down = true;
    return { answered: false, reason };
  };
  const charged = async (request: (signal: AbortSignal) => Promise<unknown>, signal: AbortSignal) => {
    if (!(await takeFromBudget())) throw new Miss("over-budget");
    return request(signal);
  };
  return async (request, read) => {
    // The signal ends a request in flight; `within` also ends the wait on a slow Redis and on the
    // SDK sleeping out a long Retry-After, a sleep the signal does not cut.
    const pending = charged(request, AbortSignal.timeout(timeoutMs)).then(read);
    try {
      const value = await within(pending, timeoutMs);
      if (value === undefined) return missed("slow");
      if (down) logger.info({ model: source }, "model answering again");
      down = false;
      return { answered: true, value };
    } catch (error) {
      return missed(reasonOf(error), error);
    }
  };
}

function reasonOf(error: unknown): ModelMiss {
  if (error instanceof Miss) return error.reason;
  if (error instanceof APIConnectionTimeoutError || error instanceof APIUserAbortError) return "slow";
  if (error instanceof APIError) return "unreachable";
  // Unparseable JSON (a SyntaxError from the SDK) or an answer of the wrong shape (a ZodError).
  return "malformed";
}

/** The HTTP status, never the error's message: a server may quote the texts it was sent. */
function statusOf(error: unknown): { status?: number } {
  return error instanceof APIError && error.status !== undefined ? { status: error.status } : {};
}

/**
 * True while today's (UTC) budget has a request left, and charges it. One charge a call: the SDK's
 * retries of it are not counted, as a 429 or a 5xx is not billed.
 */
function dailyBudget({
  redis,
  keyPrefix,
  dailyBudget: limit,
}: Pick<OpenAiModelOptions, "redis" | "keyPrefix" | "dailyBudget">): () => Promise<boolean> {
  return async () => {
    const key = `${keyPrefix}:openai-requests:${new Date().toISOString().slice(0, 10)}`;
    try {
      const [counted] =
        (await redis
          .multi()
          .incr(key)
          .expire(key, 2 * 24 * 60 * 60)
          .exec()) ?? [];
      return Number(counted?.[1]) <= limit;
    } catch {
      // A budget that cannot be counted is treated as spent: better offline than over it.
      // Redis's outage is logged by the connection itself.
      return false;
    }
  };
}

const embeddingsAnswer = z.object({
  data: z.array(z.object({ index: z.number().int().min(0), embedding: z.array(z.number()) })),
});

/** One vector per text in the texts' order, or a Miss: a wrong count is malformed, a wrong length wrong-size. */
function vectorsOf(answer: unknown, count: number, dimensions: number): number[][] {
  const data = embeddingsAnswer.parse(answer).data.toSorted((a, b) => a.index - b.index);
  if (data.length !== count || data.some((entry, i) => entry.index !== i)) throw new Miss("malformed");
  if (data.some((entry) => entry.embedding.length !== dimensions)) throw new Miss("wrong-size");
  return data.map((entry) => entry.embedding);
}

function embeddingModel(
  client: OpenAI,
  { embeddingModel: model, dimensions, batchSize = EMBEDDING_BATCH_SIZE }: OpenAiModelOptions,
  call: GuardedCall<number[][]>,
): EmbeddingModel {
  return {
    model,
    dimensions,
    async embed(texts): Promise<EmbeddingResult> {
      const vectors: number[][] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = texts.slice(start, start + batchSize);
        const outcome = await call(
          // Floats, not the SDK's default base64: every OpenAI-compatible server sends those.
          (signal) => client.embeddings.create({ model, input: batch, encoding_format: "float" }, { signal }),
          (answer) => vectorsOf(answer, batch.length, dimensions),
        );
        if (!outcome.answered) return outcome;
        vectors.push(...outcome.value);
      }
      return { answered: true, vectors };
    },
  };
}

const HANGUL = /\p{Script=Hangul}/u;

const whyAnswer = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

const whyLine = z.object({
  line: z
    .string()
    .trim()
    .min(1)
    .max(WHY_MAX_CHARS)
    .regex(/^[^\r\n]*$/, "one line"),
});

/** The line, or a Miss: not JSON of the schema, not one short line, or not in the asked language. */
function lineOf(answer: unknown, language: WhyInput["language"]): string {
  const [choice] = whyAnswer.parse(answer).choices;
  const { line } = whyLine.parse(JSON.parse(choice?.message.content ?? ""));
  if (HANGUL.test(line) !== (language === "ko")) throw new Miss("malformed");
  return line;
}

/** The JSON schema the chat model answers in (structured output). */
const WHY_FORMAT = {
  type: "json_schema",
  json_schema: {
    name: "why_line",
    strict: true,
    schema: {
      type: "object",
      properties: { line: { type: "string" } },
      required: ["line"],
      additionalProperties: false,
    },
  },
} as const;

function whyWriter(client: OpenAI, model: string, call: GuardedCall<string>): WhyWriter {
  return {
    async write({ language, facts }) {
      const instruction =
        `In ${language === "ko" ? "Korean" : "English"}, write one line of at most ${WHY_MAX_CHARS} ` +
        "characters telling a person why this suggestion fits them, from the facts given only. " +
        'Answer as JSON: {"line": "..."}.';
      const outcome = await call(
        (signal) =>
          client.chat.completions.create(
            {
              model,
              messages: [
                { role: "system", content: instruction },
                { role: "user", content: facts.map((fact) => `- ${fact}`).join("\n") },
              ],
              response_format: WHY_FORMAT,
            },
            { signal },
          ),
        (answer) => lineOf(answer, language),
      );
      return outcome.answered ? outcome.value : undefined;
    },
  };
}
