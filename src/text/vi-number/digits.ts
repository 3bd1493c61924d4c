// Written numbers: "." groups thousands, "," is the decimal mark.
// 1.252 · 1,5 · 1.252,5 · 12.500.000 · 3.5 (English decimal) · 1,252,000 (English grouping)

/**
 * Reads one written number by the Vietnamese conventions: "." groups thousands, "," is the decimal
 * mark. A single "." followed by exactly three digits is a thousands mark ("1.252" = 1252); followed by
 * one, two or four digits it is an English decimal point ("3.5" = 3.5, "12.53" = 12.53): a group of
 * three after "." always means thousands in Vietnamese text. Several commas with three-digit groups,
 * or commas then one ".", are English style ("1,252,000", "1,252.5"). Anything else (IPs, dates
 * "1.1.2016", "0912.345.678") is not a number.
 *
 * @example parseDigits("1.252,5") // { value: 1252.5, decimal: true, grouped: true, leadingZero: false }
 */
export function parseDigits(tok: string): { value: number; decimal: boolean; grouped: boolean; leadingZero: boolean } | null {
  const dot = tok.indexOf(".");
  const comma = tok.indexOf(",");
  let intPart: string;
  let frac = "";
  let grouped = false;
  if (dot < 0 && comma < 0) intPart = tok;
  else if (comma < 0 || dot < 0) {
    // one kind of mark: one "," is decimal; one "." is decimal unless three digits follow (1.252)
    const groups = tok.split(comma < 0 ? "." : ",");
    if (groups.length === 2 && (dot < 0 || groups[1]!.length !== 3)) {
      intPart = groups[0]!;
      frac = groups[1]!;
    } else {
      if (!thousands(groups)) return null;
      intPart = groups.join("");
      grouped = true;
    }
  } else {
    // both marks: the one that comes last, once, is the decimal mark
    const decimalMark = dot > comma ? "." : ",";
    const groupMark = decimalMark === "." ? "," : ".";
    const at = tok.lastIndexOf(decimalMark);
    if (tok.indexOf(decimalMark) !== at) return null;
    const groups = tok.slice(0, at).split(groupMark);
    if (groups.length < 2 || !thousands(groups)) return null;
    intPart = groups.join("");
    frac = tok.slice(at + 1);
    grouped = true;
  }
  if (intPart === "" || (grouped && intPart.length > 1 && intPart[0] === "0")) return null;
  const value = Number(frac ? `${intPart}.${frac}` : intPart);
  if (!Number.isFinite(value)) return null;
  return { value, decimal: frac !== "", grouped, leadingZero: intPart.length > 1 && intPart[0] === "0" };
}

function thousands(groups: string[]): boolean {
  if (groups.length < 2 || groups[0]!.length < 1 || groups[0]!.length > 3) return false;
  for (let i = 1; i < groups.length; i++) if (groups[i]!.length !== 3) return false;
  return true;
}

const DOT = 46;
const COMMA = 44;
// 10^n written out (exact doubles), not computed with a power
const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

/**
 * `parseDigits(text.slice(start, end))` for digit groups as digitGroupsEnd reads them (digits, each
 * "." or "," between two digits), without the slice, the splits and the string to number: the
 * groups are measured in one pass and the digits summed. Groups with both marks, or more than 15
 * digits (past what a double holds exactly), go to parseDigits.
 *
 * A decimal is summed as an integer and divided once: 1,25 = 125 / 100. Both are exact in a double
 * and a division rounds to the nearest double, as Number("1.25") does, so the value is the same.
 */
export function parseDigitsAt(text: string, start: number, end: number): ReturnType<typeof parseDigits> {
  let mark = 0;
  let marks = 0;
  let firstGroup = 0;
  let groupStart = start;
  let bad = false; // a group after the first that is not three digits long
  let digits = 0;
  let value = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === DOT || c === COMMA) {
      if (mark !== 0 && c !== mark) return parseDigits(text.slice(start, end)); // both marks
      mark = c;
      if (marks++ === 0) firstGroup = i - start;
      else if (i - groupStart !== 3) bad = true;
      groupStart = i + 1;
    } else {
      value = value * 10 + (c - 48);
      digits++;
    }
  }
  if (marks === 0 || digits > 15) return parseDigits(text.slice(start, end));
  const last = end - groupStart;
  const leading0 = text.charCodeAt(start) === 48;
  // one "," is a decimal mark; one "." too, unless three digits follow it (1.252)
  if (marks === 1 && (mark === COMMA || last !== 3)) {
    return { value: value / POW10[last]!, decimal: true, grouped: false, leadingZero: firstGroup > 1 && leading0 };
  }
  // thousands: a first group of one to three digits, then groups of three ("12.500.000")
  if (bad || last !== 3 || firstGroup > 3 || leading0) return null;
  return { value, decimal: false, grouped: true, leadingZero: false };
}
