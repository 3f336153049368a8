import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { capturingLogger } from "../../test/logger.js";
import { parseMail } from "../../test/mime.js";
import { createMailer } from "./mailer.js";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), "honjok-mailer-"));
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("mail without an SMTP server", () => {
  it("is written as an .eml file only its owner reads, and the log names only the folder", async () => {
    const { logger, lines } = capturingLogger();
    const mailer = createMailer({ DATA_DIR: dataDir, MAIL_FROM: "honjok <no-reply@localhost>" }, logger);
    await mailer.send({ to: "hana@example.com", subject: "[혼족] 인증 코드", text: "인증 코드: 482913" });
    mailer.close();

    const dir = path.join(dataDir, "mail");
    const [file, ...others] = await readdir(dir);
    expect(others).toEqual([]);
    expect(file).toMatch(/\.eml$/);
    const written = path.join(dir, file ?? "");
    expect((await stat(written)).mode & 0o777).toBe(0o600);
    const mail = parseMail(await readFile(written, "utf8"));
    expect(mail.headers.get("to")).toBe("hana@example.com");
    expect(mail.subject).toBe("[혼족] 인증 코드");
    expect(mail.text.trim()).toBe("인증 코드: 482913");

    expect(lines.join("\n")).toContain(`mail written to ${dir}`);
    expect(lines.join("\n")).not.toMatch(/hana|482913/);
  });
});
