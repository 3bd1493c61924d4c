// What a document number's code implies about who issued it.
// 100/2019/NĐ-CP → Chính phủ · 05-CT/TW → Trung ương · 43/2022/QH15 → Quốc hội · 123/QĐ-UBND → Ủy ban nhân dân
import { table } from "../../lexicon/tables.js";

let codes: Map<string, string> | undefined;
let kindCodes: Set<string> | undefined;

// the kind codes of Nghị định 30/2020/NĐ-CP (Phụ lục III) and Quy định 66-QĐ/TW; they are not issuers
const KIND_CODES = "NĐ NQ QĐ CT TT TTLT KH CV CĐ TB KL QC HD ĐA CTr BC TTr GM GP PL L HP QH-L NQLT UBTVQH-NQ";

/**
 * The issuer a number's code implies, from data/document-codes.tsv, or null: the last code of the
 * number that names a body, without a term number ("QH15" → "QH").
 *
 * @example
 * issuerFromCode("100/2019/NĐ-CP") // "Chính phủ"
 * issuerFromCode("05-CT/TW")       // "Trung ương"
 * issuerFromCode("58")             // null
 */
export function issuerFromCode(num: string): string | null {
  codes ??= new Map(table("document-codes").map((r) => [r.code!.toUpperCase(), r.issuer!]));
  kindCodes ??= new Set(KIND_CODES.split(" "));
  const parts = num.split(/[/-]/).map((p) => p.trim()).filter((p) => /\p{L}/u.test(p));
  const issuers: string[] = [];
  for (const p of parts) {
    const code = p.toUpperCase().replace(/\d+$/, "");
    if (kindCodes.has(code) && !codes.has(code)) continue;
    const issuer = codes.get(code);
    if (issuer && !issuers.includes(issuer)) issuers.push(issuer);
  }
  return issuers.length ? issuers.join(", ") : null;
}
