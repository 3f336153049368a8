import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { parseMail } from "./mime.js";
import { waitFor } from "./wait.js";

// A real SMTP server in the test process, on 127.0.0.1 and a free port: point the mail worker's
// SMTP_URL at it and read what a person would find in their inbox.
//
//   const smtp = await startTestSmtpServer();
//   await startWorkers(ctx, { ...testWorkersConfig, SMTP_URL: smtp.url });
//   … the person asks for a code for hana@example.com …
//   const code = await smtp.waitForCode("hana@example.com");
//   await smtp.close();

export interface ReceivedMail {
  /** The envelope, as the server was told: who it is from and every recipient. */
  from: string | undefined;
  to: string[];
  subject: string;
  /** The text part, decoded. */
  text: string;
  raw: string;
}

export interface TestSmtpServer {
  /** `smtp://127.0.0.1:<port>`, for SMTP_URL. */
  url: string;
  /** Every mail accepted so far, oldest first. */
  mails: ReceivedMail[];
  /** The next mail to `to` not returned before (so a second call waits for a second mail). */
  waitForMail(to: string, timeoutMs?: number): Promise<ReceivedMail>;
  /** The 6-digit code in the next mail to `to`. */
  waitForCode(to: string, timeoutMs?: number): Promise<string>;
  /** Answers the next `count` mails with an SMTP error (`451` tries again later, `550` never). */
  refuseNext(count: number, responseCode: number): void;
  close(): Promise<void>;
}

class Refusal extends Error {
  constructor(readonly responseCode: number) {
    super(responseCode >= 500 ? "mailbox unavailable" : "try again later");
  }
}

const CODE = /\b(\d{6})\b/;

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const mails: ReceivedMail[] = [];
  const returned = new Set<ReceivedMail>();
  const refusals: number[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        const refusal = refusals.shift();
        if (refusal !== undefined) return callback(new Refusal(refusal));
        const raw = Buffer.concat(chunks).toString("utf8");
        const { from, to } = envelopeOf(session.envelope);
        mails.push({ from, to, ...parseMail(raw), raw });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;

  async function waitForMail(to: string, timeoutMs?: number): Promise<ReceivedMail> {
    const mail = await waitFor(
      `a mail to ${to}`,
      () => mails.find((candidate) => !returned.has(candidate) && candidate.to.includes(to.toLowerCase())),
      timeoutMs,
    );
    returned.add(mail);
    return mail;
  }

  return {
    url: `smtp://127.0.0.1:${port}`,
    mails,
    waitForMail,
    async waitForCode(to, timeoutMs) {
      const mail = await waitForMail(to, timeoutMs);
      const code = CODE.exec(mail.text)?.[1];
      if (!code) throw new Error(`no 6-digit code in the mail to ${to}: ${mail.text}`);
      return code;
    },
    refuseNext(count, responseCode) {
      refusals.push(...Array.from({ length: count }, () => responseCode));
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function envelopeOf(envelope: { mailFrom: { address: string } | false; rcptTo: { address: string }[] }) {
  return {
    from: envelope.mailFrom ? envelope.mailFrom.address : undefined,
    to: envelope.rcptTo.map((recipient) => recipient.address.toLowerCase()),
  };
}
