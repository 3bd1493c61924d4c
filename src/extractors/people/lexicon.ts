// The people, organisation and quote lexicons of data/, built once into tries and maps on first use.
import { table } from "../../lexicon/tables.js";
import { fold, unaccent } from "../../text/fold.js";
import type { OrganizationKind } from "../../schema/article.js";
import { PhraseTrie } from "./trie.js";
import { foldWords, numberWord, wordNumber, type Tok } from "./tokens.js";

/** A position (chức vụ) from data/positions.tsv. */
export interface PositionEntry {
  /** "Bí thư", "Phó Chủ tịch", "Phó Bí thư Thường trực" */
  readonly title: string;
  readonly org: "optional" | "required" | "none";
  /** the organisation head the title implies: "Bộ" for "Bộ trưởng" */
  readonly unit: string | null;
}

/** A word before a name that is not a position (data/honorifics.tsv). */
export interface HonorificEntry {
  readonly word: string;
  readonly kind: "address" | "rank" | "degree" | "role";
}

/** An organisation head (data/org-heads.tsv). */
export interface OrgHead {
  readonly canonical: string;
  readonly kind: OrganizationKind;
  readonly takes: "place" | "name" | "field" | "either";
  readonly lowerOk: boolean;
  /** folded syllables before which the lower-case head is part of another word (quảng trường) */
  readonly notAfter: ReadonlySet<string>;
}

/** An organisation field or whole name (data/org-names.tsv). */
export interface OrgName {
  readonly name: string;
  readonly kind: OrganizationKind;
  readonly field: boolean;
  /** a kind (THPT, TNHH) that the proper name follows */
  readonly type: boolean;
  readonly whole: boolean;
  /** every word written with a capital ("Hòa Phát"): the text must be too ("Hòa phát biểu" is no company) */
  readonly titled: boolean;
}

/** A reporting verb (data/reporting-verbs.tsv). */
export interface VerbEntry {
  readonly verb: string;
  readonly opinion: boolean;
  readonly noun: boolean;
}

/** A surname that is also a place or a word (data/surnames-ambiguous.tsv). */
export interface AmbiguousSurname {
  /** folded word sequences that may not follow it */
  readonly notBefore: readonly (readonly string[])[];
  /** not a surname at the start of a sentence */
  readonly wordAtStart: boolean;
}

/** All the lexicons of people, organisations and quotes, as lookups. */
export interface Lexicon {
  positions: PhraseTrie<PositionEntry>;
  honorifics: PhraseTrie<HonorificEntry>;
  /** the folded first words of the positions and the honorifics: no title or form of address starts elsewhere */
  cueWords: Set<string>;
  /**
   * How the positions and the honorifics start, folded: the words that are one alone ("ông"), and
   * the first two words of the longer ones ("chủ tịch"): a common word that opens none alone ("có")
   * opens one only before a second word of these.
   */
  cueStarts: { alone: Set<string>; pairs: Set<string> };
  /** folded surname (first word) → the folded words of the whole surname (Âu Dương → ["âu", "dương"]) */
  surnames: Map<string, readonly (readonly string[])[]>;
  /** family names without diacritics ("nguyen", "tran"), for names typed without them */
  plainSurnames: Set<string>;
  /** folded family names written in Latin script and followed by foreign given names (Park Hang-seo) */
  latinSurnames: Set<string>;
  ambiguous: Map<string, AmbiguousSurname>;
  /** folded foreign given names (data/given-names-foreign.tsv): Donald, Angela, Diego */
  givenNames: Set<string>;
  /** well-known people by full name and by the form used alone (data/people-known.tsv): "Messi", "Tập Cận Bình" */
  knownPeople: PhraseTrie<true>;
  /** folded phrases after which a capitalised name is a thing named after a person (đường, chợ …) */
  blockers: Map<string, string>;
  orgHeads: PhraseTrie<OrgHead>;
  orgNames: PhraseTrie<OrgName>;
  verbs: PhraseTrie<VerbEntry>;
  /** folded function words (data/stopwords.tsv) */
  stopwords: Set<string>;
  /** folded two-syllable common words that start with a given-name syllable (data/name-compounds.tsv) */
  compounds: Set<string>;
}

let built: Lexicon | undefined;

/** The lexicons, built on first use. */
export function lexicon(): Lexicon {
  return (built ??= build());
}

/** Bits of wordKinds: the folded word is a function word (Lexicon.stopwords) … */
export const STOPWORD = 1;
/** … a foreign given name (Lexicon.givenNames) … */
export const GIVEN_NAME = 2;
/** … the first word of a family name (a key of Lexicon.surnames) … */
export const SURNAME = 4;
/** … a family name without diacritics (Lexicon.plainSurnames). */
export const PLAIN_SURNAME = 8;

// by word number (tokens.ts wordNumber): the kinds of the word, so that the rules asked at every
// capitalised token read an array instead of hashing a string into a set
let kinds: Uint8Array | undefined;

/** The kinds of token `t`'s folded word (STOPWORD | GIVEN_NAME | SURNAME | PLAIN_SURNAME), 0 for none. */
export function wordKinds(t: Tok): number {
  kinds ??= kindTable();
  const id = wordNumber(t);
  return id >= 0 && id < kinds.length ? kinds[id]! : 0;
}

function kindTable(): Uint8Array {
  const lex = lexicon();
  const words: [Iterable<string>, number][] = [[lex.stopwords, STOPWORD], [lex.givenNames, GIVEN_NAME], [lex.surnames.keys(), SURNAME], [lex.plainSurnames, PLAIN_SURNAME]];
  const ids: [number, number][] = [];
  for (const [list, kind] of words) for (const w of list) ids.push([numberWord(w), kind]);
  const table = new Uint8Array(ids.reduce((max, [id]) => Math.max(max, id + 1), 0));
  for (const [id, kind] of ids) table[id]! |= kind;
  return table;
}

/**
 * Adds to `words` the first word that PhraseTrie.add files `phrase` under (folded, dots dropped), and
 * to `starts` that word alone or with the word after it (see Lexicon.cueStarts).
 */
function addFirstWord(words: Set<string>, starts: Lexicon["cueStarts"], phrase: string): void {
  const ws = foldWords(phrase).filter((w) => w !== ".");
  if (ws.length === 0) return;
  words.add(ws[0]!);
  if (ws.length === 1) starts.alone.add(ws[0]!);
  else starts.pairs.add(ws[0]! + " " + ws[1]!);
}

/**
 * One position entry. Every entry is made here, with its fields in one order: a spread copy
 * (`{ ...e, title }`) makes objects of other shapes, and the title grammar reads entries at every cue.
 */
function positionEntry(title: string, org: PositionEntry["org"], unit: PositionEntry["unit"]): PositionEntry {
  return { title, org, unit };
}

function build(): Lexicon {
  const cueWords = new Set<string>();
  const cueStarts = { alone: new Set<string>(), pairs: new Set<string>() };
  const positions = new PhraseTrie<PositionEntry>();
  for (const r of table("positions")) {
    const base = positionEntry(r.title!, r.org as PositionEntry["org"], r.unit || null);
    const deputy = base.title.startsWith("Phó ") ? null : positionEntry("Phó " + base.title, base.org, base.unit);
    for (const e of deputy ? [base, deputy] : [base]) {
      positions.add(e.title, e);
      positions.add(e.title + " Thường trực", positionEntry(e.title + " Thường trực", e.org, e.unit));
      addFirstWord(cueWords, cueStarts, e.title);
      addFirstWord(cueWords, cueStarts, e.title + " Thường trực");
    }
  }

  const honorifics = new PhraseTrie<HonorificEntry>();
  for (const r of table("honorifics")) {
    honorifics.add(r.word!, { word: r.word!, kind: r.kind as HonorificEntry["kind"] });
    addFirstWord(cueWords, cueStarts, r.word!);
  }

  const surnames = new Map<string, (readonly string[])[]>();
  const latinSurnames = new Set<string>();
  const plainSurnames = new Set<string>();
  for (const r of table("surnames")) {
    if (r.origin!.split(/\s+/).includes("ko")) latinSurnames.add(fold(r.surname!));
    else if (r.origin!.split(/\s+/).includes("vi") && !r.surname!.includes(" ")) plainSurnames.add(unaccent(r.surname!));
    const words = foldWords(r.surname!);
    const list = surnames.get(words[0]!) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    surnames.set(words[0]!, list);
  }

  const ambiguous = new Map<string, AmbiguousSurname>();
  for (const r of table("surnames-ambiguous")) {
    ambiguous.set(fold(r.surname!), {
      notBefore: r.not_before!.split("|").filter(Boolean).map(foldWords),
      wordAtStart: r.sentence_start === "word",
    });
  }

  const givenNames = new Set(table("given-names-foreign").map((r) => fold(r.name!)));
  const knownPeople = new PhraseTrie<true>();
  for (const r of table("people-known")) {
    knownPeople.add(r.name!, true);
    if (r.alone) knownPeople.add(r.alone, true);
  }
  const blockers = new Map(table("name-blockers").map((r) => [foldWords(r.word!).join(" "), r.what!] as const));

  const orgHeads = new PhraseTrie<OrgHead>();
  for (const r of table("org-heads")) {
    orgHeads.add(r.head!, {
      canonical: r.canonical!,
      kind: r.kind as OrganizationKind,
      takes: r.takes as OrgHead["takes"],
      lowerOk: r.cases === "all",
      notAfter: new Set((r.not_after ?? "").split("|").filter(Boolean).map(fold)),
    });
  }

  // a name listed both ways ("Liên Hợp Quốc", "Liên hợp quốc") may be written either way
  const TITLED_WORD = /^[\p{Lu}\p{N}]/u;
  const untitled = new Set<string>();
  for (const r of table("org-names")) if (!r.name!.split(" ").every((w) => TITLED_WORD.test(w))) untitled.add(fold(r.name!));
  const orgNames = new PhraseTrie<OrgName>();
  for (const r of table("org-names")) {
    orgNames.add(r.name!, {
      name: r.name!,
      kind: r.kind as OrganizationKind,
      field: r.use !== "whole",
      type: r.use === "type",
      whole: r.use === "whole" || r.use === "both",
      titled: !untitled.has(fold(r.name!)),
    });
  }

  const verbs = new PhraseTrie<VerbEntry>();
  for (const r of table("reporting-verbs")) verbs.add(r.verb!, { verb: r.verb!, opinion: r.strength === "opinion", noun: r.noun === "yes" });

  const stopwords = new Set(table("stopwords").map((r) => fold(r.word!)));
  const compounds = new Set(table("name-compounds").map((r) => fold(r.word!)));
  return { positions, honorifics, cueWords, cueStarts, surnames, plainSurnames, latinSurnames, ambiguous, givenNames, knownPeople, blockers, orgHeads, orgNames, verbs, stopwords, compounds };
}
