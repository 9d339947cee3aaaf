// The built-in "AI": answers from the knowledge base and cites what it used. It retrieves
// sections with BM25 (plus a few synonyms visitors actually use), answers with the best
// section's own text, and says plainly when nothing in the knowledge base fits.
import { search, terms } from './knowledge.mjs';

/** What visitors say → the words the documents use. */
const SYNONYMS = {
  price: ['pricing', 'plan', 'cost'], cost: ['pricing', 'price', 'plan'], much: ['pricing', 'price'], expensive: ['pricing', 'price'],
  cheap: ['pricing', 'starter'], plan: ['pricing', 'plan'], subscription: ['plan', 'pricing'], pay: ['payment', 'invoice'],
  offer: ['service', 'overview'], provide: ['service', 'overview'], service: ['service', 'overview'],
  contact: ['email', 'phone', 'reach'], email: ['email'], phone: ['phone'], call: ['phone', 'book', 'call'], reach: ['reach', 'email', 'phone'],
  talk: ['human', 'handover'], human: ['human', 'handover'], person: ['human', 'handover'], agent: ['human', 'handover'],
  office: ['office'], address: ['office'], located: ['office'], where: ['office'],
  secure: ['secure', 'security', 'data'], security: ['secure', 'data', 'encrypt'], privacy: ['data', 'secure'], gdpr: ['data', 'residency'],
  long: ['long', 'week', 'month'], time: ['long', 'week'], language: ['language'], languages: ['language'],
  support: ['support'], help: ['support'], team: ['team', 'engineer'], job: ['career'], jobs: ['career'], hiring: ['career'], work: ['career', 'client'],
  trial: ['trial', 'free'], free: ['free', 'trial'],
};

/** Follow-up questions offered after an answer from each document. */
const FOLLOW_UPS = {
  services: ['How much does it cost?', 'How long does a project take?', 'How can I contact you?'],
  pricing: ['Is there a free trial?', 'What are your payment terms?', 'What services does MIPTech offer?'],
  contact: ['Can I book a call?', 'Where is your office?', 'What services does MIPTech offer?'],
  faq: ['Is my data secure?', 'Which languages does the assistant speak?', 'How much does it cost?'],
  about: ['Are you hiring?', 'What services does MIPTech offer?', 'How can I contact you?'],
};
const STARTERS = ['What services does MIPTech offer?', 'How much does it cost?', 'How can I contact you?'];

function followUps(doc, question) {
  const asked = question.trim().toLowerCase();
  return (FOLLOW_UPS[doc] ?? STARTERS).filter((s) => s.toLowerCase() !== asked);
}

const GREETING = /^\s*(hi|hello|hey|good (morning|afternoon|evening)|hola|bonjour|hallo)\b[\s!.?]*$/i;
const THANKS = /^\s*(thanks|thank you|thx|cheers)\b/i;

/** The question's own terms plus the documents' words for what the visitor said. */
function expand(question) {
  const out = terms(question);
  for (const word of question.toLowerCase().match(/[a-z]+/g) ?? []) {
    for (const extra of SYNONYMS[word] ?? []) out.push(...terms(extra));
  }
  return out;
}

/** A plain-text preview of a section: its first prose line, without markdown, one sentence long. */
/** The cited passage word for word as the knowledge page shows it (its first prose sentence), for the widget's text fragment. */
function quoteOf(text) {
  const line = text.split('\n').find((l) => l.trim() && !/^\s*(\||[-*] |\d+\. |```|#|!\[)/.test(l) && !/[*_`[\]]/.test(l));
  if (!line) return undefined;
  return (/^.{20,200}?[.!?](?=\s|$)/.exec(line.trim())?.[0] ?? line.trim().split(/\s+/).slice(0, 12).join(' ')).trim();
}

function firstSentence(text) {
  const lines = text.split('\n').filter((l) => l.trim());
  const prose = lines.find((l) => !/^\s*(\||[-*] |\d+\. |```)/.test(l));
  const line = prose ?? (lines[0] ?? '').replace(/^\s*([-*]|\d+\.)\s+/, '');
  const plain = line.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*_`#>]/g, '').replace(/\s+/g, ' ').trim();
  const sentence = /^.{20,200}?[.!?](\s|$)/.exec(plain)?.[0]?.trim();
  return sentence ?? (plain.length > 160 ? `${plain.slice(0, 157).trimEnd()}…` : plain);
}

/**
 * Answers one question. Returns { text, sources, suggestions }. `baseUrl` makes source links
 * absolute (they point at the platform's /kb pages).
 */
export function answer(knowledge, question, baseUrl) {
  if (GREETING.test(question)) {
    return {
      text: "Hello! I'm the MIPTech assistant. I can tell you about our **services**, **pricing**, how to **contact** us, and answer common questions. What would you like to know?",
      sources: [],
      suggestions: STARTERS,
    };
  }
  if (THANKS.test(question)) return { text: "You're welcome! Is there anything else I can help you with?", sources: [], suggestions: STARTERS };

  const hits = search(knowledge, expand(question));
  const best = hits[0];
  // Below this, the words matched only in passing: better to say so than to guess.
  if (!best || best.score < 2.2) {
    return {
      text:
        "I'm sorry, I don't know that. I can only answer from MIPTech's own information: our services, pricing, " +
        'contact details and frequently asked questions. For anything else, our team is happy to help at ' +
        '[hello@miptechnologies.tech](mailto:hello@miptechnologies.tech).',
      sources: [],
      suggestions: STARTERS,
    };
  }
  const used = [best, ...hits.slice(1).filter((h) => h.score >= best.score * 0.75 && h.section.doc !== best.section.doc).slice(0, 1)];
  // Documents link their images from the knowledge base's root (/kb/assets/…): answers carry absolute URLs.
  const absolute = (text) => text.replace(/\]\(\//g, `](${baseUrl}/`);
  const parts = used.map(({ section }, i) => (i === 0 ? absolute(section.text) : `**${section.heading}**: ${firstSentence(section.text)}`));
  const lead = `Here is what I found in **${best.section.docTitle} › ${best.section.heading}**:`;
  const cites = used.map((_, i) => `[${i + 1}]`).join(' ');
  return {
    text: `${lead}\n\n${parts.join('\n\n')}\n\n${cites}`,
    sources: used.map(({ section }) => ({
      title: `${section.docTitle} — ${section.heading}`,
      url: `${baseUrl}/kb/${section.doc}#${section.anchor}`,
      snippet: firstSentence(section.text),
      quote: quoteOf(section.text),
    })),
    suggestions: followUps(best.section.doc, question),
  };
}

/** Cuts an answer into the pieces a streaming model would send: a word (and its space) each. */
export function tokenize(text) {
  return text.match(/\S+\s*|\s+/g) ?? [];
}
