// The knowledge base's documents as plain HTML pages, so answer sources are real links.
const escape = (s) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

export function renderKnowledgePage(knowledge, name) {
  const doc = knowledge.documents.find((d) => d.doc === name);
  if (!doc) return null;
  const body = doc.source
    .split('\n')
    .map((line) => {
      if (line.startsWith('# ')) return `<h1>${escape(line.slice(2))}</h1>`;
      if (line.startsWith('## ')) return `<h2 id="${slug(line.slice(3))}">${escape(line.slice(3))}</h2>`;
      return line.trim() ? `<p>${escape(line)}</p>` : '';
    })
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escape(doc.title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#111827}h2{margin-top:2rem}p{margin:.3rem 0}</style>
</head><body>${body}</body></html>`;
}
