// The shapes the Vietnamese number reader gives.

/** How a quantity is qualified: "khoảng" about, "hơn" over, "gần" under, "ít nhất" atLeast, "tối đa" atMost. */
export type Approx = "exact" | "about" | "over" | "under" | "atLeast" | "atMost";

/** A number read from the text, with where it stands. */
export interface NumberRead {
  value: number;
  start: number;
  end: number;
  /** the number starts with a number word ("hai", "mười", "nửa"), not with digits */
  words: boolean;
  /** the number of tokens (digit groups and words) read */
  tokens: number;
  /** a scale word was folded in ("triệu", "nghìn") */
  scaled: boolean;
  /** the digits had a decimal part ("1,5", "3.5") */
  decimal: boolean;
  /** the digits were grouped with "." ("1.252") */
  grouped: boolean;
  /** a digit group with a leading zero ("05", "0912") */
  leadingZero: boolean;
  /** the number of digits of a plain integer written without grouping, else 0 ("2023" → 4) */
  plainDigits: number;
  /** the denominator of a fraction "8/10" (value is then the numerator, 8) */
  outOf: number | null;
}

/** A quantity: a number or a range, maybe a percentage. */
export interface QuantityRead extends NumberRead {
  valueMax: number | null;
  percent: boolean;
  /** a "-" pair that is no range (22-5, 2-1): a date, a score or a code, never a quantity */
  brokenRange: boolean;
}

/** What `parseViNumber` gives for a whole number phrase. */
export interface ViNumber {
  value: number;
  valueMax: number | null;
  approx: Approx;
  percent: boolean;
  outOf: number | null;
}
