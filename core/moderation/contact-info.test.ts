import { describe, expect, it } from "vitest";
import { findContactInfo } from "./contact-info.js";

function expectEach(texts: string[], kinds: string[]) {
  for (const text of texts) expect(findContactInfo(text), text).toEqual(kinds);
}

describe("findContactInfo", () => {
  it("finds Korean phone numbers however they are written", () => {
    expectEach(
      [
        "010-1234-5678로 연락주세요",
        "01012345678",
        "010 1234 5678",
        "010.1234.5678",
        "010 - 1234 - 5678",
        "(010) 1234-5678",
        "+82 10-1234-5678",
        "+821012345678",
        "call me at +82 (0)10 1234 5678",
        "０１０－１２３４－５６７８",
        "공일공-일이삼사-오육칠팔",
        "공일공 1234 5678 문자 주세요",
        "02-123-4567",
        "031-123-4567",
        "안심번호 0505-123-4567",
      ],
      ["phone"],
    );
  });

  it("finds bank accounts written next to their bank or a payment word", () => {
    expectEach(
      [
        "국민 123456-78-901234",
        "신한 110-123-456789 홍길동",
        "카카오뱅크 3333-12-3456789",
        "입금은 우리은행 1002 123 456789",
        "토스 1000-1234-5678",
        "농협 302-1234-5678-91",
        "1002-123-456789 우리은행",
        "account: 1234567890 (Shinhan)",
        "bank transfer to 123-456789-12345 please",
      ],
      ["account"],
    );
  });

  it("finds e-mail addresses, also spelled out", () => {
    expectEach(
      [
        "abc@naver.com",
        "메일은 Hong.GilDong@Gmail.com 으로",
        "john.doe+shop@example.co.kr",
        "abc 골뱅이 naver.com",
        "abc(at)gmail(dot)com",
        "abc@naver 로 주세요",
      ],
      ["email"],
    );
  });

  it("reports every kind found, once each", () => {
    expect(findContactInfo("010-1234-5678 / 국민 123456-78-901234 / a@b.com / 010 9876 5432")).toEqual([
      "phone",
      "account",
      "email",
    ]);
  });

  it("ignores prices, dates, times, model numbers and short numbers", () => {
    expectEach(
      [
        "35,000원",
        "50000원에 팝니다",
        "가격 1,250,000원",
        "2026-11-21 14:00 직거래",
        "입금은 2026-11-21 14:00까지",
        "2026.11.21",
        "14:30~15:30 가능",
        "11월 21일 오후 3시 사당역 3번 출구",
        "Samsung SM-G991N",
        "모델 A2337 (2020년형) 256GB",
        "사이즈 270",
        "상담 1588-1234",
        "공구 1234개",
        "하나 10000원 두개 18000원",
      ],
      [],
    );
  });

  it("does not take other long numbers for accounts", () => {
    expectEach(
      [
        "운송장 123456789012",
        "입금 확인 후 발송했어요, 송장번호 123456789012",
        "우체국 택배 운송장 6123456789012",
        "ISBN 978-89-364-3412-0 책 하나",
        "주문번호 20261121143000 하나",
        "우리 아이 옷 팝니다 123456789012",
      ],
      [],
    );
  });

  it("does not take mentions or prices with @ for e-mail", () => {
    expectEach(["문의 @honjok_bot", "2개@5000원", "가격@3.5만"], []);
  });
});
