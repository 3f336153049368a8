// What the recommendations ranker asks of a language model, whichever serves it (OpenAI, Ollama,
// vLLM: the adapter is runtime/openai-model.ts). The model is optional and never trusted: every
// answer says plainly whether it is usable, and on "not" the offline ranker answers instead.
// Only the texts of groups, meetups, items and a person's interests go in — never a name, a
// contact, an exact place or a message.

/** Why the model gave nothing usable; each one means "rank offline this time". */
export type ModelMiss =
  /** The server refused or could not be reached, also after the retries. */
  | "unreachable"
  /** No answer within the time limit. */
  | "slow"
  /** Today's request budget (shared by every process) is spent. */
  | "over-budget"
  /** An answer that is not what the API promises: not JSON, missing fields, the wrong count. */
  | "malformed"
  /** Vectors of another size than the configured one: they could not be compared with the rest. */
  | "wrong-size";

export type EmbeddingResult =
  /** One vector per text, in the order the texts were given. */
  { answered: true; vectors: number[][] } | { answered: false; reason: ModelMiss };

export interface EmbeddingModel {
  /** The model's name, kept beside stored vectors: vectors of two models are not comparable. */
  model: string;
  /** The size of every vector it returns. */
  dimensions: number;
  embed(texts: readonly string[]): Promise<EmbeddingResult>;
}

export interface WhyInput {
  language: "ko" | "en";
  /** What the person and the recommendation share ("both like 등산", "meets in 마포구"). */
  facts: readonly string[];
}

export interface WhyWriter {
  /** One short line of why, in the asked language; undefined when the model gave none worth showing. */
  write(input: WhyInput): Promise<string | undefined>;
}
