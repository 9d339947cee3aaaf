// The knowledge base: markdown files cut into sections ("## " headings), indexed for BM25.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { basename, join } from 'node:path';

const STOPWORDS = new Set(
  ('a an and are as at be but by can could do does for from has have how i if in into is it its me my of on or our ' +
    'please so that the their them then there these they this to us was we what when where which who why will with would ' +
    'you your about any tell know want need get like just also miptech mip technologies').split(' '),
);

/** Words a question and a section share, folded so "prices", "priced" and "pricing" meet. */
export function terms(text) {
  return (text.toLowerCase().normalize('NFKD').match(/[a-z0-9$]+/g) ?? [])
    .filter((w) => !STOPWORDS.has(w) && w.length > 1)
    .map(stem);
}

function stem(word) {
  for (const suffix of ['ations', 'ation', 'ings', 'ing', 'ies', 'ied', 'ate', 'es', 'ed', 'ly', 's']) {
    if (word.length > suffix.length + 2 && word.endsWith(suffix)) {
      return suffix === 'ies' || suffix === 'ied' ? `${word.slice(0, -suffix.length)}y` : word.slice(0, -suffix.length);
    }
  }
  return word;
}

export const slugify = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Reads every .md file in `dir` into sections: { doc, docTitle, heading, anchor, text, terms }. */
export function loadKnowledge(dir) {
  const sections = [];
  const documents = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.md')).sort()) {
    const source = readFileSync(join(dir, file), 'utf8');
    const doc = basename(file, '.md');
    const docTitle = /^# (.+)$/m.exec(source)?.[1]?.trim() ?? doc;
    documents.push({ doc, title: docTitle, source });
    for (const part of source.split(/^## /m).slice(1)) {
      const newline = part.indexOf('\n');
      const heading = part.slice(0, newline).trim();
      const text = part.slice(newline + 1).trim();
      sections.push({ doc, docTitle, heading, anchor: slugify(heading), text, terms: terms(`${heading} ${heading} ${docTitle} ${text}`) });
    }
  }
  // Images the documents show (assets/*.svg), served at /kb/assets/<name> and linked from answers.
  const assetDir = join(dir, 'assets');
  const assets = new Map(
    existsSync(assetDir) ? readdirSync(assetDir).filter((f) => f.endsWith('.svg')).map((f) => [f, readFileSync(join(assetDir, f), 'utf8')]) : [],
  );
  return { documents, sections, assets, index: buildIndex(sections) };
}

function buildIndex(sections) {
  const df = new Map();
  for (const section of sections) for (const term of new Set(section.terms)) df.set(term, (df.get(term) ?? 0) + 1);
  const avgLength = sections.reduce((n, s) => n + s.terms.length, 0) / Math.max(1, sections.length);
  return { df, avgLength, count: sections.length };
}

/** BM25 scores of every section for a query's terms, best first. */
export function search(knowledge, queryTerms) {
  const { df, avgLength, count } = knowledge.index;
  const k1 = 1.2;
  const b = 0.75;
  return knowledge.sections
    .map((section) => {
      let score = 0;
      for (const term of new Set(queryTerms)) {
        const n = df.get(term);
        if (!n) continue;
        const tf = section.terms.filter((t) => t === term).length;
        if (tf === 0) continue;
        const idf = Math.log(1 + (count - n + 0.5) / (n + 0.5));
        score += idf * ((tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * section.terms.length) / avgLength)));
      }
      return { section, score };
    })
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score);
}
