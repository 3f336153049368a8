import { describe, expect, it } from "vitest";
import { AppError } from "../core/errors.js";
import type { Language } from "../core/identity/types.js";
import { createTranslator } from "../i18n/translator.js";
import { MAX_INPUT_LENGTH, parseFieldValue } from "./fields.js";
import {
  bioField,
  contactField,
  emailCodeField,
  emailField,
  homeAreaField,
  interestsField,
  languageField,
} from "./identity/fields.js";

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
    const contact = { phone: "+821012345678", externalId: "42" };
    expect(parseFieldValue(contactField, contact)).toBe(contact);
    expect(parseFieldValue(emailCodeField, " 123 456 ")).toBe("123456");
  });

  it("splits a list at its commas, keeping the spaces inside an item", () => {
    expect(parseFieldValue(interestsField, "board games, running")).toEqual(["board games", "running"]);
    expect(parseFieldValue(interestsField, "보드 게임，러닝、 등산 ")).toEqual(["보드 게임", "러닝", "등산"]);
    expect(parseFieldValue(interestsField, "등산 요리")).toEqual(["등산", "요리"]);
  });

  it("gives a reason code for bad input", () => {
    expect(codeOf(() => parseFieldValue(languageField, "fr"))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(homeAreaField, "somewhere"))).toBe("place-unknown-no-match");
    expect(codeOf(() => parseFieldValue(homeAreaField, "강남굴"))).toBe("place-unknown");
    expect(codeOf(() => parseFieldValue(homeAreaField, "91, 200"))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(bioField, "a".repeat(301)))).toBe("text-too-long");
    expect(codeOf(() => parseFieldValue(bioField, "a".repeat(MAX_INPUT_LENGTH + 1)))).toBe("text-too-long");
    // Only the messenger's contact card proves a number; a typed one or a place does not answer it.
    expect(codeOf(() => parseFieldValue(contactField, "+821012345678"))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(contactField, { lat: 37.5, lng: 127, precision: 0 }))).toBe(
      "invalid-input",
    );
    expect(codeOf(() => parseFieldValue(homeAreaField, { phone: "+821012345678" }))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(emailField, "hana at example"))).toBe("invalid-input");
    expect(codeOf(() => parseFieldValue(emailCodeField, "12345"))).toBe("verify-code-format");
  });
});

describe("a place name the gazetteer does not know", () => {
  const translator = createTranslator();

  function refusal(language: Language, input: string): string {
    try {
      parseFieldValue(homeAreaField, input);
    } catch (error) {
      if (error instanceof AppError)
        return translator.translate(language, `error-${error.code}`, error.params);
    }
    throw new Error(`${input} was accepted`);
  }

  it("explains what is understood instead of offering unrelated places", () => {
    expect(refusal("ko", "망원동")).toBe(
      "'망원동'은 모르는 장소예요. 그곳이 있는 구·시 이름('마포구'처럼)이나 '37.55, 126.92' 같은 좌표를 적거나, 위치를 공유해 주세요.",
    );
    expect(refusal("en", "홍대입구역")).toContain('Type the district or city it is in, such as "Mapo-gu"');
    expect(refusal("ko", "망원한강공원")).toContain("구·시 이름");
  });

  it("offers the district typed before it, or the district a station is named for", () => {
    expect(refusal("ko", "마포구 망원동")).toBe("'마포구 망원동'은 모르는 장소예요. 혹시: 마포구");
    expect(refusal("en", "강남역")).toBe('I don\'t know the place "강남역". Did you mean: 강남구');
  });
});
