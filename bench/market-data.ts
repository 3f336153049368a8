// Synthetic marketplace listings for bench/market.ts: Korean titles and descriptions from a
// vocabulary of 200 item words, places spread over Seoul, statuses and dates as core writes them.
// Everything comes from a seeded generator, so every run (and both sizes) sees the same data.
import type { ItemCategory, ItemCondition, ItemStatus } from "../core/market/types.js";

export type Random = () => number;

/** mulberry32: small, fast and good enough to spread test data; reproducible from its seed. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export function pick<T>(random: Random, values: readonly T[]): T {
  return values[Math.floor(random() * values.length)] as T;
}

const WORDS_BY_CATEGORY: Record<Exclude<ItemCategory, "other">, string[]> = {
  furniture: [
    "의자",
    "책상",
    "원목 서랍장",
    "소파",
    "침대 프레임",
    "매트리스",
    "식탁",
    "책장",
    "행거",
    "옷장",
    "수납장",
    "협탁",
    "화장대",
    "좌식 테이블",
    "접이식 테이블",
    "사무용 의자",
    "캠핑 의자",
    "빈백",
    "전신 거울",
    "선반",
    "신발장",
    "2단 책꽂이",
    "TV 거치대",
    "원목 의자",
    "스툴",
    "파티션",
    "이불장",
    "서랍형 수납함",
    "벤치",
    "안락의자",
  ],
  appliances: [
    "냉장고",
    "전자레인지",
    "세탁기",
    "에어프라이어",
    "전기밥솥",
    "선풍기",
    "공기청정기",
    "가습기",
    "제습기",
    "청소기",
    "로봇청소기",
    "무선청소기",
    "건조기",
    "에어컨",
    "전기히터",
    "온풍기",
    "전기장판",
    "다리미",
    "헤어드라이어",
    "정수기",
    "인덕션",
    "전기포트",
    "미니 냉장고",
    "김치냉장고",
    "식기세척기",
    "음식물처리기",
    "서큘레이터",
    "스탠드 조명",
    "무드등",
    "제빙기",
  ],
  kitchen: [
    "냄비",
    "프라이팬",
    "그릇 세트",
    "수저 세트",
    "텀블러",
    "도마",
    "칼 세트",
    "머그컵",
    "유리컵",
    "밀폐용기",
    "커피머신",
    "믹서기",
    "토스터",
    "전기그릴",
    "와플 메이커",
    "핸드블렌더",
    "주전자",
    "찜기",
    "뚝배기",
    "와인잔",
    "드립 세트",
    "모카포트",
    "반찬통",
    "식판",
    "수저통",
  ],
  clothes: [
    "패딩",
    "코트",
    "원피스",
    "청바지",
    "운동화",
    "가방",
    "백팩",
    "니트",
    "맨투맨",
    "후드티",
    "셔츠",
    "슬랙스",
    "트렌치코트",
    "롱패딩",
    "구두",
    "부츠",
    "샌들",
    "모자",
    "목도리",
    "장갑",
    "정장",
    "레인부츠",
    "크로스백",
    "지갑",
    "벨트",
  ],
  books: [
    "전공책",
    "소설책",
    "만화책",
    "문제집",
    "토익 교재",
    "요리책",
    "그림책",
    "에세이",
    "자기계발서",
    "영어 원서",
    "수험서",
    "잡지",
    "사전",
    "컴활 교재",
    "한국사 교재",
  ],
  digital: [
    "아이폰 15",
    "아이패드",
    "갤럭시 S23",
    "에어팟 프로",
    "노트북",
    "모니터",
    "키보드",
    "마우스",
    "스피커",
    "헤드폰",
    "카메라",
    "맥북 에어",
    "갤럭시 탭",
    "애플워치",
    "갤럭시 버즈",
    "닌텐도 스위치",
    "플스5",
    "블루투스 이어폰",
    "외장하드",
    "공유기",
    "태블릿 거치대",
    "보조배터리",
    "웹캠",
    "프린터",
    "빔프로젝터",
    "전자책 리더기",
    "게이밍 마우스",
    "기계식 키보드",
    "아이폰 13",
    "갤럭시 Z 플립5",
  ],
  household: [
    "커튼",
    "러그",
    "이불",
    "베개",
    "수건",
    "빨래 건조대",
    "옷걸이",
    "휴지통",
    "디퓨저",
    "화분",
    "전신 매트",
    "암막커튼",
    "욕실 매트",
    "방석",
    "쿠션",
    "탁상시계",
    "벽시계",
    "압축팩",
    "다용도 카트",
    "우산",
  ],
  hobby: [
    "자전거",
    "요가매트",
    "덤벨",
    "텐트",
    "기타",
    "전자 피아노",
    "보드게임",
    "퍼즐",
    "레고",
    "캠핑 테이블",
    "폼롤러",
    "줄넘기",
    "등산 스틱",
    "스케이트보드",
    "킥보드",
    "우쿨렐레",
    "이젤",
    "물감 세트",
    "낚싯대",
    "재봉틀",
    "턴테이블",
    "필름 카메라",
    "실내 자전거",
    "골프채",
    "배드민턴 라켓",
  ],
};

/** Listed first in the popularity order, so they are the most frequent words. */
export const COMMON_WORDS = [
  "의자",
  "책상",
  "냉장고",
  "전자레인지",
  "아이폰 15",
  "원목 서랍장",
  "소파",
  "자전거",
];
/** Listed last: each names about one item in 700 (and turns up in a few more descriptions). */
export const RARE_WORDS = ["제빙기", "재봉틀", "턴테이블", "모카포트", "우쿨렐레"];

interface ItemWord {
  word: string;
  category: ItemCategory;
}

const itemWords: ItemWord[] = (() => {
  const all = Object.entries(WORDS_BY_CATEGORY).flatMap(([category, words]) =>
    words.map((word) => ({ word, category: category as ItemCategory })),
  );
  const byWord = new Map(all.map((entry) => [entry.word, entry]));
  const others = all
    .map((entry) => entry.word)
    .filter((word) => !COMMON_WORDS.includes(word) && !RARE_WORDS.includes(word));
  return [...COMMON_WORDS, ...others, ...RARE_WORDS].map((word) => byWord.get(word) as ItemWord);
})();

// Zipf's law with exponent 0.8 over the popularity order: the first word names one item in ten,
// the last one in 700, roughly what secondhand listings look like.
const ZIPF_EXPONENT = 0.8;
const cumulativeWeights = (() => {
  let total = 0;
  return itemWords.map((_, rank) => {
    total += (rank + 1) ** -ZIPF_EXPONENT;
    return total;
  });
})();

function pickItemWord(random: Random): ItemWord {
  const target = random() * (cumulativeWeights.at(-1) ?? 0);
  let low = 0;
  let high = cumulativeWeights.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((cumulativeWeights[middle] ?? 0) < target) low = middle + 1;
    else high = middle;
  }
  return itemWords[low] as ItemWord;
}

const ADJECTIVES = [
  "깨끗한",
  "거의 새것",
  "미개봉",
  "튼튼한",
  "예쁜",
  "저렴한",
  "상태 좋은",
  "중고",
  "빈티지",
  "깔끔한",
  "작은",
  "큰",
  "1인용",
  "화이트",
  "블랙",
  "접이식",
  "가벼운",
  "새것같은",
  "정품",
  "이케아",
];
const TITLE_ENDINGS = ["", "", "팝니다", "판매", "급처", "나눔", "싸게 드려요", "(직거래)"];
const OPENINGS = ["팝니다.", "판매합니다.", "정리합니다.", "내놓아요.", "필요하신 분 가져가세요."];
const REASONS = [
  "이사 가게 되어서",
  "자취 정리하면서",
  "새로 사서",
  "선물 받았는데 안 써서",
  "방이 좁아져서",
  "본가로 들어가게 돼서",
];
const CONDITIONS = [
  "사용감 거의 없어요.",
  "생활 기스 조금 있어요.",
  "몇 번 안 썼습니다.",
  "작동 잘 됩니다.",
  "박스 있어요.",
  "상태 아주 좋아요.",
];
const DEALS = [
  "직거래만 해요.",
  "역 근처에서 거래 가능합니다.",
  "네고 조금 가능해요.",
  "편하게 연락 주세요.",
  "문 앞 거래 원해요.",
  "주말에 거래 가능합니다.",
];

function titleFor(random: Random, word: string): string {
  const parts = [random() < 0.7 ? pick(random, ADJECTIVES) : "", word, pick(random, TITLE_ENDINGS)];
  return parts.filter((part) => part !== "").join(" ");
}

function descriptionFor(random: Random, word: string): string {
  const sentences = [`${pick(random, REASONS)} ${word} ${pick(random, OPENINGS)}`, pick(random, CONDITIONS)];
  // Some sellers list more than one thing, so a word also turns up in other items' descriptions.
  if (random() < 0.3) sentences.push(`${pickItemWord(random).word}도 같이 팔아요.`);
  sentences.push(pick(random, DEALS));
  return sentences.join(" ");
}

// A few titles and descriptions per word, reused across items: the search columns are worked out
// once per distinct pair (about 13,000 of them) instead of once per row, which keeps seeding fast
// while every word still has its real share of rows.
const TITLES_PER_WORD = 12;
const DESCRIPTIONS_PER_WORD = 6;

const textPools = (() => {
  const random = seededRandom(7);
  return new Map(
    itemWords.map(({ word }) => [
      word,
      {
        titles: Array.from({ length: TITLES_PER_WORD }, () => titleFor(random, word)),
        descriptions: Array.from({ length: DESCRIPTIONS_PER_WORD }, () => descriptionFor(random, word)),
      },
    ]),
  );
})();

// Seoul, roughly: most people (and items) near the middle, some anywhere in the city.
const SEOUL = { minLat: 37.43, maxLat: 37.7, minLng: 126.8, maxLng: 127.18 };
const CENTRE = { lat: 37.55, lng: 126.99 };

function gaussian(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

export function seoulPoint(random: Random): { lat: number; lng: number } {
  if (random() < 0.3) {
    return {
      lat: SEOUL.minLat + random() * (SEOUL.maxLat - SEOUL.minLat),
      lng: SEOUL.minLng + random() * (SEOUL.maxLng - SEOUL.minLng),
    };
  }
  return {
    lat: clamp(CENTRE.lat + gaussian(random) * 0.05, SEOUL.minLat, SEOUL.maxLat),
    lng: clamp(CENTRE.lng + gaussian(random) * 0.07, SEOUL.minLng, SEOUL.maxLng),
  };
}

const PRICE_CEILING: Record<ItemCategory, number> = {
  furniture: 300_000,
  appliances: 500_000,
  kitchen: 50_000,
  clothes: 150_000,
  books: 30_000,
  digital: 1_200_000,
  household: 50_000,
  hobby: 400_000,
  other: 100_000,
};

function priceFor(random: Random, category: ItemCategory): number {
  if (random() < 0.05) return 0; // 나눔
  return Math.max(1000, Math.round((random() ** 2 * PRICE_CEILING[category]) / 1000) * 1000);
}

// About 80% of published items are still listed (available or reserved).
const STATUS_SHARES: [ItemStatus, number][] = [
  ["available", 0.72],
  ["reserved", 0.08],
  ["sold", 0.13],
  ["withdrawn", 0.04],
  ["expired", 0.03],
];

function statusFor(random: Random): ItemStatus {
  let target = random();
  for (const [status, share] of STATUS_SHARES) {
    target -= share;
    if (target < 0) return status;
  }
  return "available";
}

const CONDITIONS_OF_ITEMS: ItemCondition[] = ["new", "like_new", "good", "good", "fair"];

export interface GeneratedItem {
  title: string;
  description: string;
  category: ItemCategory;
  condition: ItemCondition;
  price: number;
  status: ItemStatus;
  lat: number;
  lng: number;
  /** Milliseconds before `now`, within the 30-day listing lifetime. */
  bumpedAgoMs: number;
  /** Milliseconds between publishing and the last bump (0 when never bumped). */
  bumpedAfterMs: number;
}

const DAY_MS = 86_400_000;

export function generateItem(random: Random): GeneratedItem {
  const { word, category } = pickItemWord(random);
  const pool = textPools.get(word) as { titles: string[]; descriptions: string[] };
  const bumpedAgoMs = Math.floor(random() * 30 * DAY_MS);
  const bumped = random() < 0.2;
  return {
    title: pick(random, pool.titles),
    description: pick(random, pool.descriptions),
    category,
    condition: pick(random, CONDITIONS_OF_ITEMS),
    price: priceFor(random, category),
    status: statusFor(random),
    ...seoulPoint(random),
    bumpedAgoMs,
    bumpedAfterMs: bumped ? Math.floor(random() * (30 * DAY_MS - bumpedAgoMs)) : 0,
  };
}
