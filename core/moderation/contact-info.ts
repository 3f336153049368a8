import { nfkcKeepingJamo } from "../search/korean.js";

export type ContactInfoKind = "phone" | "account" | "email";

/** Up to three spaces, dots or dashes between digit groups: 010-1234-5678, 010 . 1234 . 5678. */
const GAP = "[\\s.\\-]{0,3}";

/**
 * A Korean number: a leading 0 or +82 (with or without the 0 people keep after it), then mobile
 * 01x, Seoul 02, regions 031–064, internet 070 or virtual 050x numbers, then 3–4 and 4 digits.
 * Business numbers (1588-xxxx) are left out: they are no one's personal contact.
 */
const PHONE = `(?:\\+?82${GAP}(?:\\(0\\)|0)?${GAP}|\\(?0)(?:1[016789]|2|[3-6][1-5]|70|50[2-8])\\)?${GAP}\\d{3,4}${GAP}\\d{4}`;
const PHONE_IN_TEXT = new RegExp(`(?<!\\d)${PHONE}(?!\\d)`, "u");
const WHOLE_PHONE = new RegExp(`^${PHONE}$`, "u");

/**
 * Digits read out in Sino-Korean, as people spell phone numbers to get past filters (공일공 일이삼사).
 * Read only when looking for phone numbers, whose 0 start and fixed shape ordinary words (이사,
 * 오일) do not form; accounts are pasted from banking apps as digits.
 */
const SPELLED_DIGITS: Record<string, string> = {
  공: "0",
  영: "0",
  빵: "0",
  일: "1",
  이: "2",
  삼: "3",
  사: "4",
  오: "5",
  육: "6",
  륙: "6",
  칠: "7",
  팔: "8",
  구: "9",
};

function withSpelledDigits(text: string): string {
  return text.replace(/[공영빵일이삼사오육륙칠팔구]/gu, (syllable) => SPELLED_DIGITS[syllable] ?? syllable);
}

/** 10 to 14 digits, optionally in groups split by single spaces or dashes: the length of Korean accounts. */
const ACCOUNT_LENGTH_RUN = /(?<!\d)\d(?:[ -]?\d){9,13}(?!\d)/gu;
const ISBN = /^97[89]\d{10}$/u;
const DASHED_DATE = /^(?:19|20)\d\d-(?:0?[1-9]|1[0-2])-\d\d?(?!\d)/u;

/**
 * An account number is useless without its bank, so a digit run counts only with a bank or a
 * payment word nearby. That keeps out order, tracking and barcode numbers of the same length.
 */
const PAYMENT_WORDS =
  /국민|신한|농협|카카오|카뱅|케이뱅크|새마을|신협|수협|씨티|은행|뱅크|계좌|입금|송금|이체|예금주|bank|account|acct/u;
/** Banks named like everyday words (we, one, company, toss, the post office) count only just before the number. */
const BANK_NAMED_LIKE_A_WORD = /(?:우리|하나|기업|토스|우체국)[\s:]{0,3}$/u;
/** A number labelled as something else, as sellers send tracking numbers once paid: 입금 확인, 송장 … */
const LABELLED_AS_OTHER =
  /(?:송장|운송장|주문|order|tracking|isbn|바코드|barcode)\s*(?:번호|no\.?|number)?[\s:#]{0,3}$/u;
const CONTEXT_REACH = 20;

function isAccountNumber(text: string, run: RegExpExecArray): boolean {
  const digits = run[0].replace(/\D/g, "");
  if (WHOLE_PHONE.test(run[0]) || ISBN.test(digits) || DASHED_DATE.test(run[0])) return false;
  const end = run.index + run[0].length;
  const before = text.slice(Math.max(0, run.index - CONTEXT_REACH), run.index);
  const after = text.slice(end, end + CONTEXT_REACH);
  if (LABELLED_AS_OTHER.test(before)) return false;
  return PAYMENT_WORDS.test(before) || PAYMENT_WORDS.test(after) || BANK_NAMED_LIKE_A_WORD.test(before);
}

const AT = "(?:@|\\s*(?:\\(at\\)|\\[at\\]|골뱅이)\\s*)";
const DOT = "(?:\\s*\\.\\s*|\\s*(?:\\(dot\\)|\\[dot\\]|닷|쩜|점)\\s*)";
/** Webmail named without its domain, as in abc@naver. */
const WEBMAIL = "(?:naver|네이버|gmail|지메일|daum|hanmail|한메일|kakao|nate|hotmail|outlook|icloud|yahoo)";
// Starting only where a local part starts keeps the search linear on long text without an @.
const EMAIL = new RegExp(
  `(?<![a-z0-9._%+-])[a-z0-9._%+-]+${AT}(?:(?:[\\p{L}\\p{N}-]+${DOT})+[a-z]{2,}|${WEBMAIL})`,
  "u",
);

/**
 * The kinds of personal contact details in `text` (phone numbers, bank accounts, e-mail
 * addresses), so a buyer or seller can be warned before the message is relayed. Empty when none.
 */
export function findContactInfo(text: string): ContactInfoKind[] {
  const normalized = nfkcKeepingJamo(text).toLowerCase();
  const found: ContactInfoKind[] = [];
  if (PHONE_IN_TEXT.test(withSpelledDigits(normalized))) found.push("phone");
  if ([...normalized.matchAll(ACCOUNT_LENGTH_RUN)].some((run) => isAccountNumber(normalized, run))) {
    found.push("account");
  }
  if (EMAIL.test(normalized)) found.push("email");
  return found;
}
