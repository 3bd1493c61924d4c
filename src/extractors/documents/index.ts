// Legal, state and party documents cited in the text, every citation.
// Kế hoạch 58 ngày 22-5-2023 · Chỉ thị 05 của Bộ Chính trị về "…" · Quyết định số 123/QĐ-UBND · Luật Đất đai 2013
// Not documents: "kế hoạch năm 2024" (no number), "quyết định 3 người" (a verb and a figure), "số 5" alone.
import type { DocumentRef } from "../../schema/article.js";
import { defineExtractor, type Doc } from "../types.js";
import type { Sentence } from "../../pipeline/sentences.js";
import { table } from "../../lexicon/tables.js";
import { keyedMap, lookupKey } from "../../text/lookup.js";
import { isWordChar, wordsAfter } from "../../text/neighbours.js";
import { unitInfo } from "../figures/lexicon.js";
import { issuerFromCode } from "./codes.js";
import { scanStarts, StartPattern } from "../scan.js";
import { readDate, readIssuer, readIssuerBefore, readSubject, type Piece } from "./tail.js";
import { wordTrie, insideName, readName, NAME_YEAR } from "./names.js";

interface Kind {
  kind: string;
  /** cited by name without a number: "Luật Đất đai" */
  named: boolean;
  /** the lower-case form is an everyday word: "quyết định", "kế hoạch" */
  common: boolean;
}
const KINDS: Kind[] = table("document-kinds").map((r) => ({ kind: r.kind!, named: r.named === "yes", common: r.common === "yes" }));
const KIND_INDEX = keyedMap(KINDS, (k) => k.kind);
const KIND = wordTrie(KINDS.map((k) => k.kind.toLowerCase()));
// a kind of document: "Nghị định", "nghị định", "NGHỊ ĐỊNH", "Thông tư liên tịch".
// The `i` flag is safe here (the pattern has no \p{Lu}, only case-blind classes) and scans four times
// faster than an alternation of every case variant.
const START = new StartPattern(KIND + String.raw`(?![\p{L}\p{M}])`, "iu", KINDS.map((k) => k.kind.toLowerCase()), false);
const KIND_AT = new RegExp(KIND + String.raw`(?![\p{L}\p{M}])`, "iuy");
// " 58" · " số 123/QĐ-UBND" · " 05-CT/TW" · " 43/2022/QH15" · " 2157a/QĐ-BCT"
const NUMBER = new RegExp(
  String.raw` {1,2}(?<so>(?:số|Số|SỐ) {1,2})?(?<num>\d{1,6}[a-zđ]?(?:/(?:19|20)\d\d)?(?:(?:[/-]| - )\p{Lu}[\p{L}\p{N}&]{0,14}){0,5})(?![\p{L}\p{N}\p{M}+]|[/-][\p{L}\p{N}])`,
  "uy",
);
// ", 154/NQ-CP" · " và số 42/NQ-CP": more numbers of the same kind (a code or "số" is required)
const MORE = new RegExp(
  String.raw` {0,2}(?:,|và|, và|hoặc) {1,2}(?<so>số {1,2})?(?<num>\d{1,6}[a-zđ]?(?:/(?:19|20)\d\d)?(?:(?:[/-]| - )\p{Lu}[\p{L}\p{N}&]{0,14}){1,5})(?![\p{L}\p{N}\p{M}+]|[/-][\p{L}\p{N}])`,
  "uy",
);
// the year inside a number: 2019 in "100/2019/NĐ-CP"
const YEAR_IN_NUMBER = /\/((?:19|20)\d\d)(?:\/|$)/;
// what may follow a bare number of an everyday kind: "kế hoạch 58 ngày …", "quyết định 12 của …", "… 58."
const BARE_TAIL = new Set(["ngày", "của", "do", "về", "năm", "và", "đã", "được", "này", "nêu", "quy", "hướng", "ban", "có", "thì", "với", "trong", "để", "nhằm"]);

const kindAt = (text: string) => (pos: number): boolean => {
  KIND_AT.lastIndex = pos;
  return KIND_AT.test(text);
};

/**
 * The documents extractor: every citation of a law, decree, resolution, decision, circular,
 * directive, plan … with its number as written (without "số"), the date and the issuer stated next
 * to it, the issuer its code implies, and its subject (the title after "về").
 *
 * @example
 * // "… thực hiện Chỉ thị 05 của Bộ Chính trị về “Đẩy mạnh học tập và làm theo …”."
 * // → { text: "Chỉ thị 05 của Bộ Chính trị", kind: "Chỉ thị", number: "05", issuer: "Bộ Chính trị",
 * //     subject: "Đẩy mạnh học tập và làm theo …", date: null, issuerFromCode: null }
 */
export const documents = defineExtractor({
  name: "documents",
  reads: [],
  run(doc: Doc): DocumentRef[] {
    const out: DocumentRef[] = [];
    const text = doc.text;
    scanStarts(doc, START, (at, end, s) => {
      if (at > s.start && isWordChar(text[at - 1])) return;
      const written = text.slice(at, end);
      const kind = KIND_INDEX.get(lookupKey(written));
      if (!kind) return;
      return cite(doc, s, at, end, kind, written[0] !== written[0]!.toLowerCase(), out);
    });
    return out;
  },
});

function sticky(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** Reads one citation (and the numbers listed after it); returns where it ends, or -1. */
function cite(doc: Doc, s: Sentence, start: number, kindEnd: number, kind: Kind, capital: boolean, out: DocumentRef[]): number {
  const text = doc.text;
  const limit = s.end;
  let num: string | null = null;
  let name: string | null = null;
  let end = kindEnd;
  const n = sticky(NUMBER, text, kindEnd);
  if (n && kindEnd + n[0].length <= limit) {
    const value = n.groups!.num!;
    const coded = /[/-]/.test(value);
    const so = n.groups!.so !== undefined;
    const after = kindEnd + n[0].length;
    // a capital at the start of the sentence says nothing: "Hướng dẫn 200 học sinh làm bài"
    if (coded || so || bareNumberIsDocument(text, after, limit, value, kind, capital && start !== s.start)) {
      num = value;
      end = after;
    }
  }
  if (num === null && kind.named && capital && !insideName(text, s, start)) {
    const nm = readName(text, kindEnd, limit, kindAt(text));
    if (nm) {
      name = text.slice(start, nm.end).replace(/ {2,}/g, " ");
      end = nm.end;
      const n2 = sticky(NUMBER, text, end);
      if (n2 && n2.groups!.so && end + n2[0].length <= limit) {
        num = n2.groups!.num!;
        end += n2[0].length;
      }
    } else {
      // "Hiến pháp 2013", "Hiến pháp năm 2013"
      const y = sticky(NAME_YEAR, text, kindEnd);
      if (y && kindEnd + y[0].length <= limit) {
        end = kindEnd + y[0].length;
        name = text.slice(start, end).replace(/ {2,}/g, " ");
      }
    }
  }
  const yearOfNumber = num ? Number(YEAR_IN_NUMBER.exec(num)?.[1] ?? NaN) || null : null;
  const ref = doc.dateline ? { year: doc.dateline.year, month: doc.dateline.month, day: doc.dateline.day } : null;
  let date: string | null = null;
  let dated = false;
  let issuer: string | null = null;
  for (let k = 0; k < 2; k++) {
    const d: Piece<string | null> | null = dated ? null : readDate(text, end, limit, yearOfNumber, ref);
    if (d) {
      date = d.value;
      dated = true;
      end = d.end;
      continue;
    }
    const i: Piece<string> | null = issuer === null ? readIssuer(text, end, limit, kindAt(text)) : null;
    if (i) {
      issuer = i.value;
      end = i.end;
      continue;
    }
    break;
  }
  // a kind alone is a citation only with a date: "Hướng dẫn ngày 3/4/2021 của Sở"
  if (num === null && name === null && (date === null || !capital)) return -1;
  // "Bộ Công Thương vừa ban hành Quyết định số 2157a/QĐ-BCT"
  issuer ??= readIssuerBefore(text, start, s.start);
  const first = out.length;
  out.push(ref_(doc, start, end, kind, num, date, issuer, null, name));
  let last = end;
  // "Nghị quyết số 42/NQ-CP và 154/NQ-CP": every number is a citation of the same kind
  for (let k = 0; k < 6; k++) {
    const more = sticky(MORE, text, last);
    if (!more || last + more[0].length > limit) break;
    const numStart = last + more[0].indexOf(more.groups!.so ?? more.groups!.num!);
    let e = last + more[0].length;
    const d = readDate(text, e, limit, Number(YEAR_IN_NUMBER.exec(more.groups!.num!)?.[1] ?? NaN) || null, ref);
    if (d) e = d.end;
    const i = readIssuer(text, e, limit, kindAt(text));
    if (i) e = i.end;
    out.push(ref_(doc, numStart, e, kind, more.groups!.num!, d?.value ?? null, i?.value ?? null, null, null));
    last = e;
  }
  // the subject after the last number belongs to the first citation; documents named inside it are read on their own
  const subject = readSubject(text, last, limit);
  if (subject) out[first]!.subject = subject.value;
  return last;
}

function ref_(
  doc: Doc, start: number, end: number, kind: Kind, num: string | null, date: string | null,
  issuer: string | null, subject: string | null, name: string | null,
): DocumentRef {
  const m = doc.mention(start, end);
  const r: DocumentRef = { text: m.text, span: m.span, kind: kind.kind, number: num, date, issuer, issuerFromCode: num ? issuerFromCode(num) : null, subject };
  if (name) r.name = name;
  return r;
}

/**
 * A number written bare after a kind ("Kế hoạch 58") is the document's number unless it is a year
 * ("Kế hoạch 2024"), or a quantity ("Thông báo 3 ca mắc mới": a unit follows, but "ngày 22-5-2023"
 * or "năm 2023" is the document's date). After an everyday word in lower case ("quyết định 12",
 * "kế hoạch 58") the clause must end or go on with the document's date, issuer or subject.
 */
function bareNumberIsDocument(text: string, after: number, limit: number, value: string, kind: Kind, capital: boolean): boolean {
  if (/^(?:19|20)\d\d$/.test(value)) return false;
  const next = wordsAfter(text, after, limit, 3);
  const w1 = next[0] && next[0].start <= after + 2 ? text.slice(next[0].start, next[0].end) : null;
  if (w1 && /^\d/.test(w1)) return false;
  if (w1) {
    const dateNext = next[1] !== undefined && /^\d/.test(text.slice(next[1].start, next[1].end));
    const lw = w1.toLowerCase();
    const isDateWord = (lw === "ngày" || lw === "năm") && dateNext;
    const unit = [3, 2, 1].some((k) => next.length >= k && unitInfo(text.slice(next[0]!.start, next[k - 1]!.end)) !== undefined);
    if (!isDateWord && unit) return false;
    if (kind.common && !capital && !BARE_TAIL.has(lw)) return false;
    return true;
  }
  // punctuation or the end of the sentence
  return text[after] !== "%" && text[after] !== "/";
}
