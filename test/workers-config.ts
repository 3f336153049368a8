import { tmpdir } from "node:os";
import path from "node:path";
import type { WorkerProcessConfig } from "../runtime/workers.js";

/**
 * Worker settings for tests: a quick outbox poll, few tries, no messenger reachable (tests add
 * theirs) and mail as files under the system's temp folder (tests that read mail add SMTP_URL).
 */
export const testWorkersConfig: WorkerProcessConfig = {
  WORKERS: "1",
  OUTBOX_POLL_MS: 100,
  NOTIFY_ATTEMPTS: 3,
  TELEGRAM_API_ROOT: "http://127.0.0.1:9",
  MAIL_FROM: "honjok test <no-reply@honjok.test>",
  DATA_DIR: path.join(tmpdir(), "honjok-test-data"),
};
