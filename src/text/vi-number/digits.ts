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
