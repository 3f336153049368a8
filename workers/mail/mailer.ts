import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { UnrecoverableError } from "bullmq";
import { createTransport } from "nodemailer";
import type { BaseConfig, MailConfig } from "../../runtime/config.js";
import type { Logger } from "../../runtime/logger.js";

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  close(): void;
}

export type MailSettings = MailConfig & Pick<BaseConfig, "DATA_DIR">;

/**
 * What may be kept about a failed send (BullMQ stores it, the worker logs it): the SMTP error's
 * code and status only, never its text, which can quote the address. A 5xx status or a refused
 * envelope fails for good; anything else (connection, timeout, 4xx) is tried again.
 */
function sendFailure(error: unknown): Error {
  const { code, responseCode } = (error ?? {}) as { code?: unknown; responseCode?: unknown };
  const status = typeof responseCode === "number" ? responseCode : undefined;
  const reason = ["smtp", typeof code === "string" ? code : "error", status].filter(Boolean).join(" ");
  const permanent = (status !== undefined && status >= 500) || code === "EENVELOPE";
  return permanent ? new UnrecoverableError(reason) : new Error(reason);
}

function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport(url);
  return {
    async send(mail) {
      try {
        await transport.sendMail({ from, ...mail });
      } catch (error) {
        throw sendFailure(error);
      }
    },
    close: () => transport.close(),
  };
}

/**
 * Without an SMTP server (trying honjok locally), each mail becomes an .eml file a mail program
 * opens, so the person can read their code. The log names the folder only, never who or what.
 */
function fileMailer(dir: string, from: string, logger: Logger): Mailer {
  const transport = createTransport({ streamTransport: true, buffer: true });
  return {
    async send(mail) {
      const { message } = await transport.sendMail({ from, ...mail });
      await mkdir(dir, { recursive: true, mode: 0o700 });
      const name = `${new Date().toISOString().replace(/[:.]/g, "-")}-${randomUUID().slice(0, 8)}.eml`;
      await writeFile(path.join(dir, name), message, { mode: 0o600 });
      logger.info({ dir }, `mail written to ${dir}`);
    },
    close: () => transport.close(),
  };
}

/** SMTP_URL when set; else files in DATA_DIR/mail. */
export function createMailer(settings: MailSettings, logger: Logger): Mailer {
  return settings.SMTP_URL
    ? smtpMailer(settings.SMTP_URL, settings.MAIL_FROM)
    : fileMailer(path.join(settings.DATA_DIR, "mail"), settings.MAIL_FROM, logger);
}
