/**
 * Configuration problems in words a site owner can act on, from the string catalogue. Part of
 * the chat chunk: the loader fetches it when the attributes have a problem, so the words for
 * it, in every language, do not weigh on every page.
 */
import { html, type TemplateResult } from 'lit/html.js';
import { ConfigProblemCode, type ConfigProblem } from '../config/config.js';
import type { Term } from '../i18n/term.js';

export function configProblemText(t: Term, problem: ConfigProblem): string {
  const options = problem.options ?? [];
  switch (problem.code) {
    case ConfigProblemCode.TenantPattern:
      return t('configTenant');
    case ConfigProblemCode.NotAbsoluteUrl:
      return t('configNotAbsolute', { value: problem.value, example: `${options[0] ?? 'https://'}api.example.com` });
    case ConfigProblemCode.Scheme:
      return t('configScheme', { value: problem.value, schemes: options.reduce((a, b) => t('or', { a, b })) });
    case ConfigProblemCode.QueryOrFragment:
      return t('configQueryOrFragment', { value: problem.value });
    case ConfigProblemCode.Credentials:
      return t('configCredentials');
    case ConfigProblemCode.MixedHttp:
      return t('configMixedHttp');
    case ConfigProblemCode.MixedWs:
      return t('configMixedWs');
    case ConfigProblemCode.NotAnOrigin:
      return t('configNotAnOrigin', { value: problem.value });
    case ConfigProblemCode.OneOf:
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
