import { z } from "zod";
import { carpoolSettingsOverrides, carpoolSettingsWith } from "../core/carpool/settings.js";
import type { AccountRef } from "../core/identity/types.js";

// One zod schema per concern; each process's main.ts validates exactly the parts it runs, once,
// at start. Every variable is documented in .env.example.

const optionalUrl = z.url().optional();
const flag = z.enum(["0", "1"]).optional();

/** The size of the keys the environment may give (PII_KEY, PLAYGROUND_SECRET) or DATA_DIR keeps. */
export const SECRET_KEY_BYTES = 32;

const secretKey = z
  .base64()
  .refine(
    (key) => Buffer.from(key, "base64").length === SECRET_KEY_BYTES,
    `base64 of ${SECRET_KEY_BYTES} bytes (openssl rand -base64 ${SECRET_KEY_BYTES})`,
  );

/** Where `npm start` serves the web front door with the default HOST and PORT. */
export const DEFAULT_PUBLIC_URL = "http://127.0.0.1:3000";

/**
 * The geocoder for place names the offline gazetteer does not know (core/places/geocoder): Kakao
 * Local with KAKAO_REST_API_KEY, else a Nominatim server with NOMINATIM_URL, else none.
 */
const geocoderShape = {
  KAKAO_REST_API_KEY: z
    .string()
    .regex(/^[A-Za-z0-9_-]{16,128}$/, "the app's REST API key (Kakao Developers → 앱 키)")
    .optional(),
  /** Kakao Local's base, for a local stand-in in tests. */
  KAKAO_API_ROOT: z.url({ protocol: /^https?$/ }).default("https://dapi.kakao.com"),
  NOMINATIM_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** The longest one lookup may take before the gazetteer answers instead. */
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(10_000).default(1500),
  /** Lookups a second each process sends at most (Nominatim's public servers allow 1). */
  GEOCODER_PER_SECOND: z.coerce.number().min(0.1).max(1000).default(5),
};

/**
 * The AI ranker's model (runtime/openai-model.ts): OpenAI, or any server speaking its API (Ollama,
 * vLLM) at OPENAI_BASE_URL. Neither OPENAI_API_KEY nor OPENAI_BASE_URL set: the offline ranker alone.
 */
const openAiShape = {
  /** A local server may need none. */
  OPENAI_API_KEY: z.string().min(1).optional(),
  /** e.g. http://127.0.0.1:11434/v1 for Ollama; unset with a key: OpenAI itself. */
  OPENAI_BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  OPENAI_EMBEDDING_MODEL: z.string().min(1).default("text-embedding-3-small"),
  /** The size of the vectors the embedding model gives; an answer of another size is not used. */
  OPENAI_EMBEDDING_DIMENSIONS: z.coerce.number().int().min(1).max(16_384).default(1536),
  OPENAI_CHAT_MODEL: z.string().min(1).default("gpt-4o-mini"),
  /** The longest one call may take, retries included, before the offline ranker answers instead. */
  OPENAI_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
  /** Requests a UTC day, counted in Redis for every process together. */
  OPENAI_DAILY_BUDGET: z.coerce.number().int().min(0).default(5000),
};

/**
 * The self-hosted Jitsi Meet deployment that holds workout rooms and video checks (jitsi/). Rooms,
 * links, tokens and room events work without JITSI_DOMAIN (the secret is then generated); the room
 * page then says what is missing.
 */
const jitsiShape = {
  /** The deployment's public host name, e.g. meet.example.kr: links are https://JITSI_DOMAIN/<room>. */
  JITSI_DOMAIN: z
    .string()
    .regex(/^[a-z0-9.-]+(?::\d{1,5})?$/i, "a host name such as meet.example.kr (no https://)")
    .optional(),
  /** The token issuer; the deployment's JWT_APP_ID. */
  JITSI_APP_ID: z
    .string()
    .regex(/^[A-Za-z0-9_.-]{1,64}$/)
    .default("honjok"),
  /** Signs room tokens (HS256); the deployment's JWT_APP_SECRET. Unset: generated once into DATA_DIR/jitsi.key. */
  JITSI_APP_SECRET: z.string().min(32, "at least 32 characters (openssl rand -hex 32)").optional(),
  /** The deployment's XMPP domain, the token's `sub` (docker-jitsi-meet's XMPP_DOMAIN). */
  JITSI_XMPP_DOMAIN: z
    .string()
    .regex(/^(\*|[a-z0-9.-]+)$/i)
    .default("meet.jitsi"),
  /** What the deployment's event sync sends as `Authorization: Bearer …`; unset: room events are refused. */
  JITSI_EVENTS_TOKEN: z.string().min(32, "at least 32 characters (openssl rand -hex 32)").optional(),
};

/**
 * Who takes 1:1 video checks: honjok accounts as `platform:id`, comma-separated
 * (`telegram:12345,discord:67890`). Unset: nobody, and asking for a video check says so.
 */
const videoCheckOperators = z
  .string()
  .default("")
  .transform((list) =>
    list
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(
          /^(telegram|discord|web):[A-Za-z0-9_-]{1,64}$/,
          "accounts as telegram:<id>, discord:<id> or web:<id>, comma-separated",
        ),
    ),
  )
  .transform((accounts) =>
    accounts.map((account): AccountRef => {
      const [platform, externalId] = account.split(":") as [AccountRef["platform"], string];
      return { platform, externalId };
    }),
  );

export const baseConfig = z
  .object({
    LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
    DATABASE_URL: optionalUrl,
    REDIS_URL: optionalUrl,
    DATA_DIR: z.string().min(1).default(".data"),
    EMBEDDED_POSTGRES_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    EMBEDDED_REDIS_PORT: z.coerce.number().int().min(1024).max(65535).default(63790),
    QUEUE_PREFIX: z
      .string()
      .regex(/^[a-z0-9_-]+$/)
      .default("honjok"),
    /** Seals e-mail addresses and phone numbers; unset: a key generated once into DATA_DIR/pii.key. */
    PII_KEY: secretKey.optional(),
    /**
     * The web front door as people reach it, for addresses the bots hand out (calendar feeds).
     * Kept without a trailing slash, so paths are appended as they are.
     */
    PUBLIC_URL: z
      .url({ protocol: /^https?$/ })
      .transform((url) => url.replace(/\/+$/, ""))
      .default(DEFAULT_PUBLIC_URL),
    /** JSON laid over the carpool defaults (core/carpool/settings.ts), e.g. {"originRadiusM":800}. */
    CARPOOL_SETTINGS: z
      .string()
      .optional()
      .transform((json, ctx) => {
        try {
          return carpoolSettingsWith(carpoolSettingsOverrides.parse(JSON.parse(json ?? "{}")));
        } catch (error) {
          ctx.addIssue({
            code: "custom",
            message: `not valid carpool settings: ${String(error).slice(0, 300)}`,
          });
          return z.NEVER;
        }
      }),
    ...geocoderShape,
    ...openAiShape,
    ...jitsiShape,
    VIDEO_CHECK_OPERATORS: videoCheckOperators,
  })
  // A generated secret is one process's own: a deployment (and every other process) would refuse
  // the tokens it signs.
  .refine((c) => !c.JITSI_DOMAIN || c.JITSI_APP_SECRET, {
    message: "required with JITSI_DOMAIN: the deployment's JWT_APP_SECRET (jitsi/README.md)",
    path: ["JITSI_APP_SECRET"],
  });

export const httpConfig = z.object({
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  /** When set, /metrics and admin pages need `Authorization: Bearer <token>`. */
  METRICS_TOKEN: z.string().min(16).optional(),
  PLAYGROUND: flag,
  /** Signs the cookie naming a browser's playground personas; unset: a key generated once into DATA_DIR/playground.key. */
  PLAYGROUND_SECRET: secretKey.optional(),
});

export const telegramConfig = z
  .object({
    TELEGRAM_BOT_TOKEN: z
      .string()
      .regex(/^\d+:[\w-]+$/, "looks like 123456:ABC-…")
      .optional(),
    TELEGRAM_API_ROOT: z.url().default("https://api.telegram.org"),
    TELEGRAM_WEBHOOK_URL: optionalUrl,
    TELEGRAM_WEBHOOK_SECRET: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,256}$/, "16–256 characters of A–Z, a–z, 0–9, _ and -")
      .optional(),
  })
  .refine((c) => !c.TELEGRAM_WEBHOOK_URL || c.TELEGRAM_WEBHOOK_SECRET, {
    path: ["TELEGRAM_WEBHOOK_SECRET"],
    message: "required when TELEGRAM_WEBHOOK_URL is set",
  });

export const discordConfig = z
  .object({
    DISCORD_TOKEN: z.string().min(20).optional(),
    DISCORD_APPLICATION_ID: z
      .string()
      .regex(/^\d{5,25}$/)
      .optional(),
    DISCORD_GUILD_ID: z
      .string()
      .regex(/^\d{5,25}$/)
      .optional(),
    /** The REST base, for a local stand-in in tests. */
    DISCORD_API_ROOT: optionalUrl,
    /**
     * 1: people joining a server join the open groups linked to its channels. Needs the privileged
     * Server Members intent, switched on in the Developer Portal, or the gateway refuses the bot.
     */
    DISCORD_MEMBER_JOINS: flag,
  })
  .refine((c) => !c.DISCORD_TOKEN || c.DISCORD_APPLICATION_ID, {
    path: ["DISCORD_APPLICATION_ID"],
    message: "required when DISCORD_TOKEN is set",
  });

export const workerConfig = z.object({
  /** In `npm start`: 0 leaves the workers to separate `npm run start:worker` processes. */
  WORKERS: z.enum(["0", "1"]).default("1"),
  OUTBOX_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  NOTIFY_ATTEMPTS: z.coerce.number().int().min(1).max(30).default(8),
});

/** Verification mail; without SMTP_URL, mails are written as .eml files into DATA_DIR/mail. */
export const mailConfig = z.object({
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default("honjok <no-reply@localhost>"),
});

export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Parses the environment; a bad or missing value names the variable and why. */
export function loadConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const blankAsUnset = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ""));
  const result = schema.safeParse(blankAsUnset);
  if (result.success) return result.data;
  const problems = result.error.issues.map(
    (issue) => `  ${issue.path.join(".") || "(config)"}: ${issue.message}`,
  );
  throw new ConfigError(`Invalid configuration:\n${problems.join("\n")}`);
}

export type BaseConfig = z.infer<typeof baseConfig>;
export type HttpConfig = z.infer<typeof httpConfig>;
export type TelegramConfig = z.infer<typeof telegramConfig>;
export type DiscordConfig = z.infer<typeof discordConfig>;
export type WorkerConfig = z.infer<typeof workerConfig>;
export type MailConfig = z.infer<typeof mailConfig>;
