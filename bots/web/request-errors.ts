import type { NextFunction, Request, Response } from "express";
import type { z } from "zod";
import type { Language } from "../../core/identity/types.js";
import type { Translator } from "../../i18n/translator.js";

/**
 * A body or query that does not have the expected shape; `field` says where and `reason`, when a
 * check gave one, is the catalog key of what would be accepted.
 */
export class BadRequest extends Error {
  override name = "BadRequest";
  constructor(
    readonly field: string,
    readonly reason?: string,
  ) {
    super(`bad request: ${field}`);
  }
}

/** For a check whose refusal can say more than "check this field": its reason, as a catalog key. */
export function refusal(reason: string) {
  return { params: { reason } };
}

function reasonOf(issue: z.core.$ZodIssue | undefined): string | undefined {
  const reason = issue?.code === "custom" ? issue.params?.reason : undefined;
  return typeof reason === "string" ? reason : undefined;
}

export function parseRequest<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const [issue] = result.error.issues;
  throw new BadRequest(issue?.path.join(".") || "body", reasonOf(issue));
}

/** The page sends its UI language; other callers get Korean, the default. */
export function requestLanguage(req: Request): Language {
  return req.acceptsLanguages("ko", "en") === "en" ? "en" : "ko";
}

/** What express.json() throws (from body-parser): `type` names the problem, `status` its HTTP status. */
function bodyParserError(error: unknown): { type: string; status: number } | undefined {
  if (typeof error !== "object" || error === null) return undefined;
  const { type, status } = error as { type?: unknown; status?: unknown };
  return typeof type === "string" && typeof status === "number" ? { type, status } : undefined;
}

/**
 * Turns malformed requests into a 4xx with a localized reason. AppErrors and bugs go on to the
 * shared errorHandler, which maps codes to statuses and hides everything else behind a 500.
 */
export function badRequestHandler(translator: Translator) {
  return (error: unknown, req: Request, res: Response, next: NextFunction) => {
    const language = requestLanguage(req);
    if (error instanceof BadRequest) {
      const message = error.reason
        ? translator.translate(language, error.reason)
        : translator.translate(language, "playground-api-bad-request", { field: error.field });
      res.status(400).json({ error: "invalid-input", field: error.field, message });
      return;
    }
    const parserError = bodyParserError(error);
    if (parserError?.type === "entity.too.large") {
      res.status(413).json({
        error: "text-too-long",
        message: translator.translate(language, "playground-api-too-large"),
      });
      return;
    }
    if (parserError && parserError.status >= 400 && parserError.status < 500) {
      res
        .status(parserError.status)
        .json({ error: "invalid-input", message: translator.translate(language, "playground-api-bad-json") });
      return;
    }
    next(error);
  };
}
