// Where an organisation phrase read by the grammar (people/org-phrase.ts) should start or end instead:
//   a common head before a foreign or coded name is not part of it
//       hãng Qatar Airways → Qatar Airways · Tổ chức WWF → WWF · Phòng PC45 → PC45
//   Vietnamese words after a foreign name are the sentence going on, not more of the name
//       CLB Chelsea tuyên bố … → CLB Chelsea
import { foldedSet, fw, type Tok } from "../people/tokens.js";
import { readOrg, text, type OrgEnv, type OrgPhrase } from "../people/org-phrase.js";
import { isVietnameseSyllable } from "../people/syllable.js";
import { lexicon } from "../people/lexicon.js";
import { startsUnit } from "../figures/lexicon.js";

// a company's board, and an inspectorate, named before the body they belong to: "HĐQT Oceanbank" is
// Oceanbank's board, "Thanh tra Bộ TT&TT" the ministry's inspectorate; the body is the organisation
const BOARDS = new Set(["Hội đồng quản trị", "HĐQT", "Hội đồng thành viên", "HĐTV"]);
const INSPECTORATE = "Thanh tra";

/**
 * The organisation a board or an inspectorate belongs to, named after it ("Chủ tịch HĐQT Oceanbank" →
 * "Oceanbank"; "Thanh tra Công an TP HCM" → "Công an TP HCM"). Other phrases come back as they are.
 */
export function withoutBoard(toks: readonly Tok[], p: OrgPhrase): OrgPhrase {
  if (BOARDS.has(p.canonical) && p.headEnd === p.start && p.end > p.nameEnd) return bodyFrom(toks, p, p.nameEnd);
  if (p.canonical === INSPECTORATE && p.headEnd > p.start && p.end - p.headEnd >= 2 && lexicon().orgHeads.longest(toks, p.headEnd) !== null) {
    return bodyFrom(toks, p, p.headEnd);
  }
  return p;
}

// the committees inside a body, named without it: "Ban Thường vụ" (of which Party committee?),
// "Ban Tổ chức" (of which event?), "Ban Giám hiệu" (of which school?). With their body after them
// they are names ("Ban Thường vụ Thành ủy Đà Nẵng", "Ban Tổ chức Trung ương").
const COMMITTEES = foldedSet(["Thường vụ", "Tổ chức", "Giám khảo", "Giám hiệu", "Chỉ đạo", "Điều hành", "Kiểm soát", "Biên tập", "Đại diện"]);
const BAN = fw("ban");

/**
 * True for a board or a committee named without the body it belongs to, which is no name: "Chủ tịch
 * HĐQT", "Hội đồng quản trị", "Ban Thường vụ", "Ban Tổ chức".
 */
export function namesNoBody(toks: readonly Tok[], p: OrgPhrase): boolean {
  if (BOARDS.has(p.canonical) && p.headEnd === p.start) return p.end === p.nameEnd;
  // the head "Ban" and a committee's field, or the committee listed as a whole name ("Ban Giám hiệu")
  const from = p.headEnd === p.start ? p.start + 1 : p.headEnd;
  if (toks[p.start]!.f !== BAN || p.end - from !== 2 || (p.headEnd === p.start && p.end !== p.nameEnd)) return false;
  return COMMITTEES.has(toks[from]!.f + " " + toks[from + 1]!.f);
}

/** The part of `p` from token `k`: an organisation named in full there. */
function bodyFrom(toks: readonly Tok[], p: OrgPhrase, k: number): OrgPhrase {
  return { start: k, end: p.end, headEnd: k, nameEnd: p.end, canonical: text(toks, k, p.end), kind: p.kind };
}

/**
 * The phrase without the lower-case words that end it where they cannot be part of the name: after
 * a foreign name, which Vietnamese does not follow with a description ("CLB Chelsea tuyên bố" →
 * "CLB Chelsea", "Tổ chức Traffic thực hiện"), or from a reporting verb on ("báo Công lý thông tin
 * thêm" → "báo Công lý"). "Cục Quản lý thị trường", "Công ty Bánh kẹo Hải Hà" keep their words.
 */
export function withoutTrailingWords(toks: readonly Tok[], p: OrgPhrase): OrgPhrase {
  let a = p.end;
  while (a > p.headEnd && isLowerWord(toks[a - 1]!)) a--;
  if (a === p.end || a <= p.headEnd) return p;
  const before = toks[a - 1]!;
  let cut = before.word && before.cap && !before.acronym && !before.num && !isVietnameseSyllable(before.t) ? a : -1;
  if (cut < 0) {
    const verbs = lexicon().verbs;
    for (let k = a; k < p.end && cut < 0; k++) {
      const v = verbs.longest(toks, k, p.end);
      // a verb that is also a noun ("thông tin") only where it attributes: "báo X thông tin, …"
      if (v && (!v.value.noun || (v.end === p.end && attributes(toks[p.end])))) cut = k;
    }
  }
  if (cut < 0) return p;
  return { start: p.start, end: cut, headEnd: p.headEnd, nameEnd: Math.min(p.nameEnd, cut), canonical: p.canonical, kind: p.kind };
}

// what follows a verb that is also a noun when it attributes a statement (data/reporting-verbs.tsv)
const ATTRIBUTING = new Set([",", ":", "rằng", "là", "thêm", "“", '"']);

function attributes(next: Tok | undefined): boolean {
  return next !== undefined && ATTRIBUTING.has(next.word ? next.f : next.t);
}

function isLowerWord(t: Tok): boolean {
  return t.word && !t.cap && !t.num;
}

/**
 * The phrase without its head when what follows the head is a foreign or coded name standing on its
 * own: every word capitalised, the first one an acronym or no Vietnamese syllable, no field of the
 * lexicon ("TNHH", "THPT") right after the head. "hãng Qatar Airways" → "Qatar Airways", "Tổ chức
 * WWF" → "WWF"; not "Công ty TNHH Hoa Sen", "Bệnh viện Chợ Rẫy", "Hãng phim truyện Việt Nam".
 */
export function withoutGenericHead(toks: readonly Tok[], p: OrgPhrase): OrgPhrase {
  const h = p.headEnd;
  if (h === p.start || h >= p.end) return p;
  const first = toks[h]!;
  if (!first.word || !first.cap || first.glued) return p;
  const head = text(toks, p.start, h).toLowerCase();
  // "Phòng PC45": the department is named by its code alone
  const coded = head === "phòng" && POLICE_CODE.test(first.t);
  if (!coded && (first.acronym || isVietnameseSyllable(first.t) || !GENERIC_HEADS.has(head))) return p;
  for (let k = h + 1; k < p.end; k++) {
    const t = toks[k]!;
    if (t.word && !t.cap && !t.num) return p;
  }
  if (lexicon().orgNames.longest(toks, h, p.end) !== null) return p;
  return { start: h, end: p.end, headEnd: h, nameEnd: p.end, canonical: text(toks, h, p.end), kind: p.kind };
}

// common nouns that name what kind of body follows, as the press writes them before a foreign name
// (not "công ty", "tập đoàn", "tổ chức": the press writes those as often as part of the name)
const GENERIC_HEADS = new Set(["hãng", "hãng tin", "đài", "báo", "tạp chí", "nhà xuất bản", "nxb"]);
// the code of a police department: P, a letter for the branch, two digits (PC45, PA83)
const POLICE_CODE = /^P[ACHKVX]\d{2}$/;

// A unit and, after a comma, the body it belongs to, which the press writes as one name: "Phòng
// Cảnh sát môi trường, Công an tỉnh Đắk Lắk", "PC67, Công an TP HCM", "Khoa Điện, Trường Đại học
// Bách khoa". Only pairs where the first can only belong to the second: a list of bodies of one
// level ("Sở Tài chính, Sở Xây dựng", "Phòng Tư pháp, Công an huyện") stays a list. (A department
// and its ministry, "Cục Khám chữa bệnh, Bộ Y tế", are written as often one way as the other.)
const PARENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ["Khoa", new Set(["Bệnh viện", "Trường", "Đại học", "Học viện"])],
]);
const POLICE_PARENT = "Công an";

/** `p` with the body it belongs to when a comma and that body follow it, else `p`. */
export function withParent(env: OrgEnv, p: OrgPhrase): OrgPhrase {
  const toks = env.st.toks;
  const comma = toks[p.end];
  if (!comma || comma.t !== "," || p.end + 1 >= toks.length || !toks[p.end + 1]!.cap) return p;
  const police = p.kind === "police" && (p.canonical === "Phòng" || p.canonical === "Đội" || POLICE_CODE.test(p.canonical));
  const parents = police ? null : PARENTS.get(p.canonical);
  if (!police && !parents) return p;
  const q = readOrg(env, p.end + 1);
  if (!q || q.headEnd === q.start) return p;
  if (police ? q.canonical !== POLICE_PARENT : !parents!.has(q.canonical)) return p;
  return { start: p.start, end: q.end, headEnd: p.headEnd, nameEnd: p.nameEnd, canonical: p.canonical, kind: p.kind };
}

/**
 * `p` with the number that ends its name: "Bệnh viện Quân y 175", "Ủy ban Quốc gia APEC 2017",
 * "Trường Hoàng Diệu 1". Only after a name that starts with a capital (a place's number is read with
 * the place: "quận 3"), and only where the number is not followed by a lower-case word
 * it counts, a unit of data/units.tsv ("Công ty Hòa Phát 5 tháng liền").
 */
export function withNumber(toks: readonly Tok[], p: OrgPhrase): OrgPhrase {
  const n = toks[p.end];
  const last = toks[p.end - 1]!;
  if (p.headEnd === p.start || !n || !n.num || n.glued || !/^\d{1,4}$/.test(n.t) || !last.word || last.num) return p;
  // "Quân y 175": a name in lower case after its first capital is still a name
  if (!last.cap && !toks[p.headEnd]!.cap) return p;
  const after = toks[p.end + 1];
  if (after && (after.glued || (after.word && !after.cap && startsUnit(after.t)))) return p;
  return { start: p.start, end: p.end + 1, headEnd: p.headEnd, nameEnd: p.nameEnd, canonical: p.canonical, kind: p.kind };
}
