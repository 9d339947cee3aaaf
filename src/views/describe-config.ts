/**
 * Configuration problems in words a site owner can act on, from the string catalogue. Part of
 * the site owner's chunk: the chat fetches it when the attributes have a problem, so the words
 * for it, in every language, do not weigh on every page.
 */
import { html, type TemplateResult } from 'lit/html.js';
import type { ConfigProblem } from '../config/config.js';
import type { Term } from '../i18n/term.js';

export function configProblemText(t: Term, problem: ConfigProblem): string {
  const options = problem.options ?? [];
  // Each code as its value (ConfigProblemCode's): TypeScript checks every case against the codes.
  // Naming them through the object would make the chat chunk export it to this one; without, the
  // chat keeps only the one code it uses, written in (113 B less for every visitor).
  switch (problem.code) {
    case 'tenant-pattern':
      return t('configTenant');
    case 'not-absolute-url':
      return t('configNotAbsolute', { value: problem.value, example: `${options[0] ?? 'https://'}api.example.com` });
    case 'scheme':
      return t('configScheme', { value: problem.value, schemes: options.reduce((a, b) => t('or', { a, b })) });
    case 'query-or-fragment':
      return t('configQueryOrFragment', { value: problem.value });
    case 'credentials':
      return t('configCredentials');
    case 'mixed-http':
      return t('configMixedHttp');
    case 'mixed-ws':
      return t('configMixedWs');
    case 'not-an-origin':
      return t('configNotAnOrigin', { value: problem.value });
    case 'one-of':
      return t('configOneOf', { options: options.join(', ') });
    default:
      return t('configColor');
  }
}

/** Every config problem on one line, for the console and the `miptech-error` event. */
export const configProblemsText = (t: Term, problems: readonly ConfigProblem[]): string =>
  problems.map((p) => `${p.attribute}="${p.value}": ${configProblemText(t, p)}`).join(' ');

/** A broken configuration, explained attribute by attribute (never a blank box). */
export function configErrorView(t: Term, problems: readonly ConfigProblem[]): TemplateResult {
  return html`<div class="notice" role="alert" part="status">
    <h3>${t('configTitle')}</h3>
    <p>${t(problems.length === 1 ? 'configIntroOne' : 'configIntroMany', { tag: '<miptech-chat>' })}</p>
    <ul>
      ${problems.map((p) => html`<li><code>${`${p.attribute}="${p.value}"`}</code>: ${configProblemText(t, p)}</li>`)}
    </ul>
  </div>`;
}
