import { createFieldCipher } from "../core/identity/pii.js";

/** One fixed key for every test, so a test can open what the code under test sealed. */
export const TEST_PII_KEY = Buffer.alloc(32, "honjok-test-key");

export const testPii = createFieldCipher(TEST_PII_KEY);
