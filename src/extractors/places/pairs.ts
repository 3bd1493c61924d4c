// Countries paired by a dash: "quan hệ Việt - Mỹ", "biên giới Việt-Lào", "căng thẳng Nga - Ukraine",
// "đồng minh Mỹ - Nhật". In a pair the short forms name countries: Việt (Việt Nam), Trung (Trung
// Quốc), Nhật (Nhật Bản), Hàn (Hàn Quốc), Triều (Triều Tiên), Ấn (Ấn Độ), Thái (Thái Lan). Not inside
// a name ("MC Phương Nga - Đức Bảo", "Bệnh viện Hữu nghị Việt - Đức", "Công ty Việt - Trung"), and not
// when a capitalised word follows ("Mỹ - Trung Quốc" is read by the other rules).
import { placeKey } from "../../lexicon/gazetteer.js";
import { placeLexicon } from "./lexicon.js";
import type { PlaceMention } from "./mention.js";

const SHORT: Readonly<Record<string, string>> = {
  Việt: "Việt Nam", Trung: "Trung Quốc", Nhật: "Nhật Bản", Hàn: "Hàn Quốc", Triều: "Triều Tiên", Ấn: "Ấn Độ", Thái: "Thái Lan",
};
const WHOLE = ["Lào", "Nga", "Mỹ", "Pháp", "Anh", "Đức", "Úc", "Ý", "Campuchia", "Cuba", "Singapore", "Israel", "Iran", "Ukraine", "Syria", "Trung Quốc", "Nhật Bản", "Hàn Quốc", "Triều Tiên", "Ấn Độ", "Thái Lan", "Việt Nam"];
const NAME = [...WHOLE, ...Object.keys(SHORT)].sort((a, b) => b.length - a.length).join("|");
// two or three names joined by "-" or "–", each not glued to a letter
const PAIR = new RegExp(`(?<![\\p{L}\\p{M}])(?:${NAME})(?:\\s*[-–]\\s*(?:${NAME})(?![\\p{L}\\p{M}])){1,2}(?!\\s+\\p{Lu}|[\\p{L}\\p{M}])`, "gu");
const ONE = new RegExp(`${NAME}`, "gu");
// a name or an organisation right before: the pair is part of it
const BEFORE = /(?:\p{Lu}[\p{L}\p{M}]*|[Hh]ữu nghị|[Cc]ông ty|[Bb]ệnh viện|[Tt]rường|[Hh]ội|[Cc]âu lạc bộ|CLB|cháu|bé|em)\s*$/u;

/** The countries of every dash-joined pair in `s` (the sentence from `start`), pushed to `found`. */
export function fromPairs(text: string, start: number, s: string, found: PlaceMention[]): void {
  if (!s.includes("-") && !s.includes("–")) return;
  PAIR.lastIndex = 0;
  for (let m = PAIR.exec(s); m; m = PAIR.exec(s)) {
    if (BEFORE.test(s.slice(Math.max(0, m.index - 14), m.index))) continue;
    ONE.lastIndex = 0;
    for (let n = ONE.exec(m[0]); n; n = ONE.exec(m[0])) {
      const canonical = SHORT[n[0]] ?? n[0];
      const b = placeLexicon().bare.get(placeKey(canonical));
      if (!b || b.level !== "country") continue;
      const at = start + m.index + n.index;
      found.push({ start: at, end: at + n[0].length, name: canonical, key: b.key, level: "country", units: [], rule: "phrase" });
    }
  }
}
