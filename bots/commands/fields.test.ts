import { describe, expect, it } from "vitest";
import { AppError } from "../../core/errors.js";
import { MAX_INPUT_LENGTH, parseFieldValue } from "./fields.js";
import { bioField, homeAreaField, interestsField, languageField } from "./identity/fields.js";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
    return undefined;
  } catch (error) {
    return error instanceof AppError ? error.code : "not-an-app-error";
  }
}

describe("parseFieldValue", () => {
  it("parses each kind of field", () => {
    expect(parseFieldValue(languageField, "en")).toBe("en");
    expect(parseFieldValue(interestsField, "요리, 러닝 #보드게임")).toEqual(["요리", "러닝", "보드게임"]);
    expect(parseFieldValue(homeAreaField, { lat: 37.5, lng: 127, precision: 0 })).toMatchObject({
      lat: 37.5,
    });
    expect(parseFieldValue(homeAreaField, "37.5, 127")).toMatchObject({ lng: 127 });
  });

  it("gives a reason code for bad input", () => {
    expect(codeOf(() => parseFieldValue(languageField, "fr"))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(homeAreaField, "somewhere"))).toBe("place-unknown");
    expect(codeOf(() => parseFieldValue(homeAreaField, "91, 200"))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(bioField, "a".repeat(301)))).toBe("text-too-long");
    expect(codeOf(() => parseFieldValue(bioField, "a".repeat(MAX_INPUT_LENGTH + 1)))).toBe("text-too-long");
  });
});
