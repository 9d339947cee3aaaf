/**
 * The chat's own attributes (greeting, starter prompts, image origins, page URL, consent), resolved
 * by the chunk on top of the loader's config: a page pays for them only once the visitor shows
 * intent. Their problems are warnings (the default is used), reported when the chat arrives.
 */
import {
  PROMPT_SEPARATOR,
  ConfigProblemCode,
  type ChatConfig,
  type Consent,
  type ConfigResult,
  type FrameConfig,
} from './config.js';
import {
  blank,
  parseUrl,
  problemList,
  resolveConfig,
  schemeList,
  type ConfigEnvironment,
  type ConfigInput,
} from './resolve-config.js';

/** `consent`'s values (config.ts's `Consent`; the manifest reads them from here). */
export const CONSENTS = ['none', 'required'] as const satisfies readonly Consent[];
/** The most starter prompts shown; more are dropped. */
export const MAX_STARTER_PROMPTS = 6;

export function resolveChatConfig(input: ConfigInput, frame: ConfigResult<FrameConfig>): ConfigResult<ChatConfig> {
  if (!frame.ok) return frame;
  const { problems, problem, oneOf } = problemList();

  const rawPrompts =
    typeof input.starterPrompts === 'string'
      ? input.starterPrompts.split(PROMPT_SEPARATOR)
      : (input.starterPrompts ?? []);
  const starterPrompts = rawPrompts
    .map((p) => String(p).trim())
    .filter((p) => p !== '')
    .slice(0, MAX_STARTER_PROMPTS);

  // Images load only from these origins (never the page's referrer with them); `none` for no images.
  let imageOrigins = [new URL(frame.config.apiUrl).origin];
  if (input.imageOrigins != null) {
    imageOrigins = [];
    for (const entry of input.imageOrigins.split(/\s+/).filter((e) => e && e !== 'none')) {
      const parsed = parseUrl(entry, ['https:', 'http:']);
      if (typeof parsed === 'string') problem('image-origins', entry, parsed, schemeList(['https:', 'http:']));
      else if (parsed.pathname !== '/' || entry.replace(/\/$/, '') !== parsed.origin)
        problem('image-origins', entry, ConfigProblemCode.NotAnOrigin);
      else imageOrigins.push(parsed.origin);
    }
  }

  const pageUrl = oneOf<ChatConfig['pageUrl']>('page-url', input.pageUrl, ['path', 'full'], 'path');
  const consent = oneOf('consent', input.consent, CONSENTS, 'none');
  const protocol = oneOf<ChatConfig['protocol']>('protocol', input.protocol, ['auto', 'guide', 'realtime'], 'auto');

  const config: ChatConfig = {
    ...frame.config,
    // An empty greeting="" turns the greeting off; no attribute keeps the default.
    greeting: input.greeting == null ? null : input.greeting.trim(),
    starterPrompts: Object.freeze(starterPrompts),
    imageOrigins: Object.freeze(imageOrigins),
    pageUrl,
    consent,
    protocol,
    consentNotice: blank(input.consentNotice) ? null : input.consentNotice!.trim(),
  };
  return { ok: true, config: Object.freeze(config), warnings: Object.freeze([...frame.warnings, ...problems]) };
}

/** Every attribute at once: the loader's part, then the chat's (for tests and tools). */
export const resolveFullConfig = (input: ConfigInput, env: ConfigEnvironment = {}): ConfigResult<ChatConfig> =>
  resolveChatConfig(input, resolveConfig(input, env));
