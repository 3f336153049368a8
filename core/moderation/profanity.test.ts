import { describe, expect, it } from "vitest";
import { containsProfanity } from "./profanity.js";

describe("containsProfanity", () => {
  it("finds Korean swear words, also when split up or spelled with jamo", () => {
    for (const text of [
      "시발 뭐야",
      "너 진짜 개새끼다",
      "씨1발",
      "ㅅ.ㅂ 진짜",
      "존-나 비싸네",
      "지랄하네",
      "이 새끼 뭐야",
    ]) {
      expect(containsProfanity(text), text).toBe(true);
    }
  });

  it("finds English swear words, also in leetspeak and full width", () => {
    for (const text of ["fuck you", "what a b1tch", "5h1t deal", "ｆｕｃｋ"]) {
      expect(containsProfanity(text), text).toBe(true);
    }
  });

  it("lets ordinary listings through", () => {
    const listings = [
      "원목 의자 팝니다",
      "Samsung monitor 27 inch",
      "class notes",
      "assistant desk",
      "Scunthorpe United scarf",
      "Galaxy A55 128GB",
      "shiitake mushrooms",
      "cumin seeds",
      "Dickies 874 work pants",
      "드라이브 스루 쿠폰",
    ];
    for (const text of listings) expect(containsProfanity(text), text).toBe(false);
  });

  it("lets through ordinary words that badwords-ko lists", () => {
    const ordinary = [
      "화이트오크 원목 책상",
      "의자 삐걱거림 없어요",
      "수건 쉰내 안 나요",
      "전원이 가끔 꺼져요",
      "가격 후려치기 사절",
      "앰프 팝니다",
      "뚝배기 2개 나눔",
      "찍찍이 운동화 230",
      "노무사 1차 교재",
      "보라니트 가디건",
      "아이가 졸라서 샀는데 안 써요",
      "빻은 마늘 나눔해요",
      "공원 한 바퀴 돌았네요",
      "창고 뒤졌더니 나왔어요",
      "고양이 새끼 사진",
      "책싸개 10장",
    ];
    for (const text of ordinary) expect(containsProfanity(text), text).toBe(false);
  });

  it("reads the list's dot as one character slipped in, not any syllable", () => {
    expect(containsProfanity("존.나 좋아")).toBe(true);
    expect(containsProfanity("꺼내지 않은 새 상품")).toBe(false);
    expect(containsProfanity("스크루 드라이버 세트")).toBe(false);
  });

  it("keeps the list's trailing space: 시바 as a swear word, not the dog", () => {
    expect(containsProfanity("아 시바 진짜")).toBe(true);
    expect(containsProfanity("시바견 인형")).toBe(false);
  });
});
