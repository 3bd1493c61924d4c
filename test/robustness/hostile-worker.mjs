// Runs parseArticle on the inputs the hostile suite posts, in a worker the suite can terminate
// when an input takes far too long (a catastrophic regex cannot be interrupted from its own thread).
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { articleProblems } from "../../bench/lib/check-article.mjs";

const { parseArticle, Article, htmlToText, looksLikeHtml } = await import(workerData.bundle);
// warm up the JIT so the first measured input is not charged for compilation
for (let i = 0; i < 5; i++) parseArticle(workerData.warmup);

parentPort.on("message", ({ id, input, repeat }) => {
  let best = Infinity;
  let article;
  let error = null;
  for (let r = 0; r < repeat; r++) {
    const t0 = performance.now();
    try {
      article = parseArticle(input);
    } catch (e) {
      error = { name: e?.name, code: e?.code, message: String(e?.message ?? e) };
    }
    best = Math.min(best, performance.now() - t0);
  }
  let problems = [];
  if (article) {
    problems = articleProblems(article);
    const v = Article.safeParse(article);
    if (!v.success) problems.push(`schema: ${v.error.issues.slice(0, 3).map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
    // input that starts as HTML does is read as HTML: article.text is then the page's text
    if (typeof input === "string" && article.text !== (looksLikeHtml(input) ? htmlToText(input) : input)) problems.push("article.text is not the input");
  }
  parentPort.postMessage({ id, ms: best, error, problems, counts: article ? counts(article) : null });
});
parentPort.postMessage({ ready: true });

function counts(a) {
  return {
    sections: a.sections.length,
    people: a.people.length,
    figures: a.figures.length,
    quotes: a.quotes.length,
    documents: a.documents.length,
  };
}
