import type { AccountRef } from "../core/identity/types.js";

/** The one video check operator of every test context (VIDEO_CHECK_OPERATORS): a Telegram account a test plays. */
export const TEST_VIDEO_CHECK_OPERATOR: AccountRef = { platform: "telegram", externalId: "9990" };
