// The optional vntk adapter: loads vntk (and its native CRFsuite addon) with `await import()` on
// first use only, once per process, and makes its tagger fast enough for a batch.
//
// vntk 1.4 is slow out of the box for a reason that has nothing to do with its model:
//   * `@vntk/dictionary` answers `has(word)` with `Array.indexOf` over 74 000 entries, and the
//     word segmenter asks it 12 times per syllable (0.3 ms a lookup) → about 4 ms per syllable;
//   * `features.toFeatures` rebuilds every column of the sentence for each of its ~40 feature
//     templates, so a call is O(sentence length) and a sentence O(n²).
// Loading the models is not the problem: vntk keeps its tokenizers as module singletons.
// `installSpeedups` swaps in a Set lookup and a column-free `toFeatures` with the same results
// (test/words/vntk.test.ts compares tagged output before and after) and can be undone.
import { BaochiError } from "../errors.js";

/** The two vntk taggers baochi uses: `tag(sentence)` gives words (syllables joined by spaces). */
export interface VntkTaggers {
  readonly wordTokenizer: { tag(text: string): string[] };
  readonly posTag: { tag(text: string): [string, string][] };
}

/** The parts of the vntk module we call. */
interface VntkModule {
  wordTokenizer(): VntkTaggers["wordTokenizer"];
  posTag(): VntkTaggers["posTag"];
  dictionary(): unknown;
}

/** How to install vntk, repeated in every missing-dependency error. */
export const VNTK_INSTALL_HINT =
  "Install it next to baochi with `npm install vntk` (its native addons crfsuite and fasttext build from source, " +
  "about 45 s, with a C++ compiler, make and python3). With npm 11, approve their install scripts: " +
  "`npm install-scripts approve crfsuite fasttext`, then `npm rebuild crfsuite fasttext`.";

// vntk's feature extractor, a module singleton that its taggers share (no types, no "exports" map)
const FEATURES: string = "vntk/lib/features/index.js";

let loading: Promise<VntkTaggers> | undefined;

/**
 * Loads vntk once and returns its word tokenizer and POS tagger, sped up.
 * @throws BaochiError "missing-dependency" when vntk is not installed or its native addon was not built
 */
export function loadVntk(importer: () => Promise<unknown> = () => import("vntk")): Promise<VntkTaggers> {
  loading ??= (async () => {
    let mod: unknown;
    try {
      mod = await importer();
    } catch (e) {
      throw vntkLoadError(e);
    }
    const vntk = ((mod as { default?: unknown }).default ?? mod) as VntkModule;
    if (typeof vntk?.wordTokenizer !== "function" || typeof vntk.posTag !== "function") {
      throw new BaochiError("missing-dependency", `the installed "vntk" has no wordTokenizer()/posTag(): baochi needs vntk ^1.4. ${VNTK_INSTALL_HINT}`);
    }
    const features: unknown = await import(FEATURES).then((m: { default?: unknown }) => m.default ?? m, () => null);
    installSpeedups(vntk.dictionary(), features);
    return { wordTokenizer: vntk.wordTokenizer(), posTag: vntk.posTag() };
  })();
  // a failed load is not cached: installing vntk and calling again works without a restart
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Turns what `import("vntk")` threw into a BaochiError that says what to do. */
export function vntkLoadError(e: unknown): BaochiError {
  const message = e instanceof Error ? e.message : String(e);
  const code = (e as { code?: unknown } | null)?.code;
  const native = /\.node\b|crfsuite|fasttext|node-pre-gyp|NODE_MODULE_VERSION|invalid ELF/i.test(message);
  if (native) {
    return new BaochiError(
      "missing-dependency",
      `vntk is installed but its native addon could not be loaded (${firstLine(message)}). ` +
        "npm skips install scripts that allowScripts denies (and --ignore-scripts skips them all): " +
        "run `npm install-scripts approve crfsuite fasttext` and `npm rebuild crfsuite fasttext`.",
      { cause: e },
    );
  }
  if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && /vntk/.test(message)) {
    return new BaochiError("missing-dependency", `word segmentation needs the optional peer dependency "vntk", which is not installed. ${VNTK_INSTALL_HINT}`, { cause: e });
  }
  return new BaochiError("missing-dependency", `vntk failed to load: ${firstLine(message)}. ${VNTK_INSTALL_HINT}`, { cause: e });
}

function firstLine(s: string): string {
  return s.split("\n", 1)[0]!;
}

interface Dictionary {
  lower_words: string[];
  has(word: string): boolean;
}
interface Features {
  toFeatures(sent: string[][], i: number, template: string, debug?: boolean): string;
  apply_template(name: string, word: string): unknown;
}

// T[-1,0][1].is_in_dict: rows -1..0, column 1, function is_in_dict (vntk's own template syntax)
const TEMPLATE = /T\[(-?\d+),?(-?\d+)?\](\[(.*)\])?(\.(.*))?/;

/**
 * Replaces vntk's two hot spots with equivalent fast versions on the loaded module singletons.
 * Either is skipped when the installed vntk does not have the shape it was written for.
 * @returns a function that puts the originals back
 */
export function installSpeedups(dictionary: unknown, features: unknown): () => void {
  const undo: (() => void)[] = [];
  const dict = dictionary as Dictionary | null;
  if (dict && Array.isArray(dict.lower_words) && typeof dict.has === "function" && !Object.hasOwn(dict, "has")) {
    const words = new Set(dict.lower_words);
    // same answer as `lower_words.indexOf(word.toLowerCase()) > -1`, in O(1)
    dict.has = (word: string) => Boolean(word) && words.has(word.toLowerCase());
    undo.push(() => delete (dict as Partial<Dictionary>).has);
  }
  const fe = features as Features | null;
  if (fe && typeof fe.toFeatures === "function" && typeof fe.apply_template === "function" && !Object.hasOwn(fe, "toFeatures")) {
    const parsed = new Map<string, { i1: number; i2: number | undefined; col: string | number; fn: string | undefined }>();
    fe.toFeatures = function toFeatures(sent, i, template, debug = true) {
      let t = parsed.get(template);
      if (!t) {
        const m = TEMPLATE.exec(template)!;
        t = { i1: parseInt(m[1]!, 10), i2: m[2] === undefined ? undefined : parseInt(m[2], 10), col: m[4] || 0, fn: m[6] };
        parsed.set(template, t);
      }
      const prefix = debug ? `${template}=` : "";
      if (i + t.i1 < 0) return `${prefix}BOS`;
      if (i + t.i1 >= sent.length) return `${prefix}EOS`;
      let word: string;
      if (t.i2 !== undefined) {
        if (i + t.i2 >= sent.length) return `${prefix}EOS`;
        const cells: string[] = [];
        for (let k = i + t.i1; k <= i + t.i2; k++) cells.push(sent[k]![t.col as number]!);
        word = cells.join(" ");
      } else word = sent[i + t.i1]![t.col as number]!;
      if (!t.fn) return `${prefix}${word}`;
      const r = this.apply_template(t.fn, word);
      return `${prefix}${typeof r === "boolean" ? (r ? "True" : "False") : String(r)}`;
    };
    undo.push(() => delete (fe as Partial<Features>).toFeatures);
  }
  return () => undo.forEach((f) => f());
}
