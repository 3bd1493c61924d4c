// The author line at the end of an article.
// "LÊ NGUYÊN" · "NGUYỄN VĂN A - TRẦN B" · "Theo TTXVN" · "Nhật LinhTheo CNCB" · "PV" · "Nhóm PV"
// "An Dương (T/h)" · "Ng. Thuận" · "H.Long" · "Thanh Hoài - TinTheThao.com.vn - TTVN | 13:00 12/01/2018"
import { titleCase, isAllCaps } from "../text/case.js";
import { lineMarker } from "./junk.js";

export interface BylineReading {
  text: string;
  /** authors as names, joined by ", "; "" for a source line alone */
  name: string;
  authors: string[];
  source: string | null;
}

// A name: 1–5 capitalised syllables or initials ("Ng.", "H.Long", "T.P").
const NAME_WORD = String.raw`(?:\p{Lu}[\p{Ll}\p{M}]*\.?(?:\p{Lu}[\p{Ll}\p{M}]*)?|\p{Lu}\.)`;
const NAME = new RegExp(String.raw`^${NAME_WORD}(?:\s+${NAME_WORD}){0,4}$`, "u");
const SOURCE_LINE = /^(?:[Tt]heo|[Nn]guồn\s*:)\s*(?<src>\S.{0,60})$/u;
const GLUED_SOURCE = /^(?<name>.{2,40}?)(?<=[\p{Ll}.)])\s?Theo\s+(?<src>\S.{0,60})$/u;
// "(T/h)", "(tổng hợp)", "(theo Reuters)", "(TTXVN/Vietnam+)": a note or a source after the name
const TRAILING_NOTE = /\s*\((?:[Tt]\/[Hh]|[Tt]ổng hợp|TH|[Tt]heo [^)]{1,40}|[Ll]ược dịch|[Bb]iên dịch|[Dd]ịch|[^()]{2,40})\)\.?$/u;
const NOTE_ONLY = /^(?:[Tt]\/[Hh]|[Tt]ổng hợp|TH|[Ll]ược dịch|[Bb]iên dịch|[Dd]ịch)$/u;
const FOOTER = /^(?<name>[^|]{2,40}?)\s+-\s+(?<src>[\w.-]+\.(?:com|vn|net|org)(?:\.vn)?)\b.*$/u;

/** Reads one line as a byline, or returns null. */
export function readByline(line: string): BylineReading | null {
  const text = line.trim();
  if (text.length === 0 || text.length > 90 || endsInBang(text)) return null;

  const marker = lineMarker(text);
  if (marker === "byline") return { text, name: text, authors: [text], source: null };

  // (each pattern behind a cheap look for what it cannot match without)
  let m = text.includes("-") ? FOOTER.exec(text) : null;
  if (m?.groups && NAME.test(m.groups.name!.trim())) {
    const name = m.groups.name!.trim();
    return { text, name, authors: [name], source: m.groups.src! };
  }

  m = text.includes("Theo") ? GLUED_SOURCE.exec(text) : null;
  if (m?.groups) {
    const name = m.groups.name!.replace(TRAILING_NOTE, "").trim();
    if (NAME.test(name) || isAllCaps(name)) {
      const n = isAllCaps(name) ? titleCase(name) : name;
      return { text, name: n, authors: [n], source: m.groups.src!.replace(/[.\s]+$/, "") };
    }
  }

  m = SOURCE_LINE.exec(text);
  if (m?.groups && m.groups.src!.split(/\s+/).length <= 8 && !/[,;]/.test(m.groups.src!)) {
    return { text, name: "", authors: [], source: m.groups.src!.replace(/[.\s]+$/, "") };
  }

  const note = endsInNote(text) ? TRAILING_NOTE.exec(text) : null;
  const noteSource = note ? note[0].trim().replace(/^\(|\)\.?$/g, "").replace(/^[Tt]heo\s+/, "") : "";
  const source = note && !NOTE_ONLY.test(noteSource) ? noteSource : null;
  const bare = (note ? text.replace(TRAILING_NOTE, "") : text).replace(/\.$/, "").trim();
  if (/\d/.test(bare)) return null;
  const parts = bare.split(/\s+[-–&]\s+|\s*,\s*|\s+và\s+|\s+VÀ\s+/u).map((p) => p.trim()).filter(Boolean);
  if (parts.length === 0 || parts.length > 4) return null;
  if (isAllCaps(bare)) {
    if (!parts.every((p) => p.split(/\s+/).length <= 5)) return null;
    const authors = parts.map(titleCase);
    return { text, name: authors.join(", "), authors, source };
  }
  if (parts.every((p) => NAME.test(p))) return { text, name: parts.join(", "), authors: parts, source };
  return null;
}

/** `/[!?]$/.test(text)` */
function endsInBang(text: string): boolean {
  const c = text.charCodeAt(text.length - 1);
  return c === 33 || c === 63;
}

/** True when `text` ends as TRAILING_NOTE must: `\)\.?$`. */
export function endsInNote(text: string): boolean {
  return text.endsWith(")") || text.endsWith(").");
}
