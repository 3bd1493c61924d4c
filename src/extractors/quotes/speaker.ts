// Who says it: the subject before a reporting verb, or X in "Theo X, …".
//   Bí thư … Nguyễn Hạnh Phước cho biết   → the person
//   ông Hệ nói · Bộ trưởng nhấn mạnh     → the person named so (or holding that title) earlier
//   Bộ Y tế cho biết · một người dân kể   → a statement with no named speaker (speaker null)
//   Kế hoạch nêu rõ · Báo cáo cho biết    → a document speaks: not a quote
import { foldedSet } from "../people/tokens.js";
import type { Person } from "../../schema/article.js";
import type { Sent } from "../people/context.js";
import type { Tok } from "../people/tokens.js";
import type { PersonMention } from "../people.js";
import { lexicon } from "../people/lexicon.js";
import { text } from "../people/org-phrase.js";

/** The speaker of one statement: a person, or null for an organisation or an unnamed speaker. */
export interface Speaker {
  /** index into the people list, or -1 */
  readonly person: number;
  /** the speaker as written ("ông Hệ", "Bộ Y tế"), or null */
  readonly text: string | null;
}

// Words after which a name is not the subject: "của ông A", "Trao đổi với ông B".
const OBLIQUE = foldedSet(["của", "với", "cho", "về", "tới", "đến", "gặp", "giúp", "cùng", "hỏi", "thăm"]);
// Pronouns that stand for a person named before: "ông cho biết", "bà này nói".
const PRONOUNS = foldedSet(["ông", "bà", "anh", "chị", "cô", "em", "cụ", "chú", "bác", "thầy", "cậu", "ngài", "nàng", "chàng", "họ", "vị"]);
// "ông này", "bà ấy"
const DEMONSTRATIVES = foldedSet(["này", "ấy", "ta"]);
// A statement by no named person: "một người dân", "đại diện", "lãnh đạo", "các chuyên gia"
const UNNAMED = foldedSet([
  "người", "dân", "đại", "diện", "lãnh", "đạo", "chuyên", "gia", "nhiều", "một", "các", "những", "giới", "nguồn",
  "tin", "cơ", "quan", "phía", "bên", "ai", "nhà", "khách", "hàng", "bạn", "đọc", "phóng", "viên", "nhóm", "đội",
  "bị", "cáo", "can", "hội", "đồng", "xét", "xử", "bác", "sĩ", "bệnh", "nhân", "nạn", "đình", "ý", "kiến", "dư", "luận",
]);
// What a document says is not a quote: "Kế hoạch nêu rõ", "Theo quy định", "Theo thống kê".
const DOCUMENT = foldedSet([
  "báo cáo", "kế hoạch", "quyết định", "công văn", "văn bản", "nghị quyết", "chỉ thị", "bộ luật", "quy định", "cáo trạng",
  "bản án", "dự thảo", "tờ trình", "kết luận", "thống kê", "số liệu", "khảo sát", "nghiên cứu", "kết quả", "thông báo",
  "thông tin", "thông tư", "nghị định", "đề án", "chương trình", "hồ sơ", "dự báo", "đó", "này", "ghi nhận", "tìm hiểu",
  "tính toán", "ước tính", "lịch", "kịch bản", "phân tích", "điều tra", "quy hoạch", "hướng dẫn", "hợp đồng", "tài liệu",
  "biên bản", "nội dung", "đánh giá", "nhận định", "đề xuất", "tờ", "trang", "dữ liệu", "thống kê", "danh sách",
]);

/** Everything the speaker rules look at. */
export interface SpeakerEnv {
  readonly sents: readonly Sent[];
  readonly people: readonly Person[];
  /** the people extractor's mentions, in text order */
  readonly mentions: readonly PersonMention[];
  /** the spans (input offsets) of the document references: what they say is not a quote */
  readonly documents: readonly { start: number; end: number }[];
  /** the mentions of each sentence, by sentence index */
  readonly bySentence: ReadonlyMap<number, readonly PersonMention[]>;
}

/**
 * The speaker of a verb at token `v` of sentence `st`, from the words before it in the sentence
 * (`from` = where the clause starts). undefined when a document speaks or nobody does.
 */
export function speakerBefore(env: SpeakerEnv, st: Sent, from: number, v: number): Speaker | undefined {
  const toks = st.toks;
  if (v <= from) return undefined;
  // a person named in the clause, not after "của", "với" … ("Đánh giá về việc …, TS Phạm Đức Hiền
  // cho rằng" is his; "Báo cáo của ông A nêu rõ" is the report's)
  const ms = mentionsIn(env, st, from, v);
  for (const m of ms) {
    const p = toks[m.a - 1];
    if (p && OBLIQUE.has(p.f)) continue;
    const h = hasHonorificBefore(toks, m.a, from);
    return { person: m.person, text: text(toks, h, m.b) };
  }
  const head = headWords(toks, from, v);
  if (head.some((w) => DOCUMENT.has(w)) || overlapsDocument(env, st, from, v)) return undefined;
  // a title opening the clause: "Trưởng phòng Kiểm định an toàn, Cục Đường thủy Việt Nam thông báo"
  const lex0 = lexicon();
  const lead = lex0.positions.longest(toks, from);
  if (lead) return { person: byTitle(env, lead.value.title, toks[v]!.s), text: text(toks, from, v) };
  // a pronoun or a title right before the verb: "ông cho biết", "Bộ trưởng nhấn mạnh"
  const pron = pronounBefore(toks, from, v);
  if (pron !== null) {
    const who = pron.title ? byTitle(env, pron.title, toks[v]!.s) : lastBefore(env, toks[v]!.s);
    return { person: who, text: text(toks, pron.at, v) };
  }
  // an organisation, a group, an unnamed person
  if (v - from > 30) return undefined;
  const words = toks.slice(from, v).filter((t) => t.word);
  if (words.length === 0) return undefined;
  if (words.length > 12) return undefined;
  const first = words[0]!;
  const named = first.cap || words.some((t) => UNNAMED.has(t.f));
  return named ? { person: -1, text: text(toks, from, v) } : undefined;
}

/**
 * The speaker in "Theo X, …": X from `a` to the comma at `b`. undefined when X is a document, a
 * plan, a count or anything that does not speak.
 */
export function speakerOfTheo(env: SpeakerEnv, st: Sent, a: number, b: number): Speaker | undefined {
  const toks = st.toks;
  if (b <= a) return undefined;
  const first = toks[a]!;
  const lead = headWords(toks, a, b);
  if (lead.slice(0, 2).some((w) => DOCUMENT.has(w)) || overlapsDocument(env, st, a, b)) return undefined;
  const ms = mentionsIn(env, st, a, b);
  if (ms.length > 0) return { person: ms[0]!.person, text: text(toks, a, b) };
  const lex = lexicon();
  const title = lex.positions.longest(toks, a);
  if (title && title.end === b) return { person: byTitle(env, title.value.title, first.s), text: text(toks, a, b) };
  if (PRONOUNS.has(first.f) && (b === a + 1 || DEMONSTRATIVES.has(toks[a + 1]!.f))) {
    return { person: lastBefore(env, first.s), text: text(toks, a, b) };
  }
  // an organisation or a named source ("Theo Viện kiểm sát", "Theo Reuters"), a group of people
  if (first.cap || lex.orgHeads.longest(toks, a) || UNNAMED.has(first.f) || lex.honorifics.longest(toks, a)) {
    return { person: -1, text: text(toks, a, b) };
  }
  return undefined;
}

/** The mentions of sentence `st` within tokens `[a, b)`, in text order (binary search: a sentence may hold many). */
function mentionsIn(env: SpeakerEnv, st: Sent, a: number, b: number): PersonMention[] {
  const ms = env.bySentence.get(st.index) ?? [];
  let lo = 0;
  let hi = ms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.a < a) lo = mid + 1;
    else hi = mid;
  }
  const out: PersonMention[] = [];
  for (let i = lo; i < ms.length && ms[i]!.a < b; i++) if (ms[i]!.b <= b) out.push(ms[i]!);
  return out;
}

/** A document reference (found by the documents extractor) among the tokens `[a, b)`. */
function overlapsDocument(env: SpeakerEnv, st: Sent, a: number, b: number): boolean {
  if (b <= a) return false;
  const s = st.inStart[a]!;
  const e = st.inEnd[b - 1]!;
  return env.documents.some((d) => d.start < e && d.end > s);
}

/**
 * The folded one-word and two-word heads of the first words before the verb, to spot documents:
 * the first word, the first two, the second, the second and third ("báo", "báo cáo", "cáo", …).
 * Only the first words of the clause (within six tokens) name its subject.
 */
function headWords(toks: readonly Tok[], from: number, v: number): string[] {
  // the first three words are all the four heads are made of: no slice, no list of every pair
  const ws: string[] = [];
  for (let k = from; k < v && k < from + 6 && ws.length < 3; k++) if (toks[k]!.word) ws.push(toks[k]!.f);
  const out: string[] = [];
  if (ws.length > 0) out.push(ws[0]!);
  if (ws.length > 1) out.push(ws[0]! + " " + ws[1]!, ws[1]!);
  if (ws.length > 2) out.push(ws[1]! + " " + ws[2]!);
  return out;
}

function hasHonorificBefore(toks: readonly Tok[], a: number, from: number): number {
  const lex = lexicon();
  for (let k = Math.max(from, a - 4); k < a; k++) {
    const h = lex.honorifics.longest(toks, k);
    if (h && h.end >= a - 1) return k;
  }
  return a;
}

/** "ông", "bà này", "Bộ trưởng" right before the verb. */
function pronounBefore(toks: readonly Tok[], from: number, v: number): { at: number; title: string | null } | null {
  const lex = lexicon();
  for (let k = v - 1; k >= from && k >= v - 4; k--) {
    const t = toks[k]!;
    if (!t.word) break;
    if (PRONOUNS.has(t.f) && (k === v - 1 || DEMONSTRATIVES.has(toks[k + 1]!.f))) return { at: k, title: null };
    const title = lex.positions.longest(toks, k);
    if (title && title.end === v) return { at: k, title: title.value.title };
  }
  return null;
}

/** The index of the last mention before offset `at` (normalized), or -1 (binary search). */
function lastIndexBefore(env: SpeakerEnv, at: number): number {
  const ms = env.mentions;
  let lo = 0;
  let hi = ms.length - 1;
  let k = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ms[mid]!.s < at) {
      k = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return k;
}

/** The person mentioned last before offset `at` (normalized), or -1. */
export function lastBefore(env: SpeakerEnv, at: number): number {
  const k = lastIndexBefore(env, at);
  return k >= 0 ? env.mentions[k]!.person : -1;
}

/** The person named last before `at` who holds `title` (among the last 200 mentions), else the last person named. */
function byTitle(env: SpeakerEnv, title: string, at: number): number {
  const k = lastIndexBefore(env, at);
  for (let i = k; i >= 0 && k - i < 200; i--) {
    const m = env.mentions[i]!;
    if (env.people[m.person]?.positions.some((p) => p.title === title)) return m.person;
  }
  return k >= 0 ? env.mentions[k]!.person : -1;
}
