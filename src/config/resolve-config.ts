/**
 * Attributes → the loader's frozen config (where and as whom the chat connects, how its frame
 * looks), or the list of what is wrong with them. Pure: the page's protocol, the script's origin
 * and the colour check are passed in. The chat's own attributes are resolved by the chunk
 * (resolve-chat-config.ts), with the helpers exported here.
 */
import {
  DEFAULTS,
  LAUNCHERS,
  PREFETCHES,
  MODES,
  POSITIONS,
  THEMES,
  ConfigProblemCode,
  FATAL_ATTRIBUTES,
  type ConfigProblem,
  type ConfigResult,
  type FrameConfig,
} from './config.js';

export interface ConfigInput {
  tenantId?: string | null;
  apiUrl?: string | null;
  wsUrl?: string | null;
  heading?: string | null;
  position?: string | null;
  theme?: string | null;
  primaryColor?: string | null;
  debug?: boolean;
  mode?: string | null;
  greeting?: string | null;
  starterPrompts?: string | readonly string[] | null;
  imageOrigins?: string | null;
  pageUrl?: string | null;
  launcher?: string | null;
  prefetch?: string | null;
  consent?: string | null;
  protocol?: string | null;
  consentNotice?: string | null;
}

export interface ConfigEnvironment {
  /** Origin the widget script was loaded from (http/https only), if known. */
  scriptOrigin?: string | null;
  /** `location.protocol` of the host page, to catch mixed content before the browser does. */
  pageProtocol?: string;
  /** Whether the browser understands a colour, e.g. `(v) => CSS.supports('color', v)`. */
  isColor?: (value: string) => boolean;
}

const TENANT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

export const blank = (value: string | null | undefined): boolean => value == null || value.trim() === '';

export function parseUrl(value: string, schemes: readonly string[]): URL | ConfigProblemCode {
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    return ConfigProblemCode.NotAbsoluteUrl;
  }
  if (!schemes.includes(url.protocol)) return ConfigProblemCode.Scheme;
  if (url.search || url.hash) return ConfigProblemCode.QueryOrFragment;
  if (url.username || url.password) return ConfigProblemCode.Credentials;
  return url;
}

export const schemeList = (schemes: readonly string[]) => schemes.map((s) => `${s}//`);

const withoutTrailingSlash = (url: URL): string => url.href.replace(/\/+$/, '');

/** Mixed content: an https page may not talk to plain http/ws except on loopback. */
function insecureFromSecurePage(url: URL, pageProtocol: string | undefined): boolean {
  const plain = url.protocol === 'http:' || url.protocol === 'ws:';
  return pageProtocol === 'https:' && plain && !LOOPBACK_HOSTS.has(url.hostname);
}

/** Collects what cannot be used; `oneOf` falls back to a default and warns. */
export function problemList() {
  const problems: ConfigProblem[] = [];
  const problem = (attribute: string, value: string, code: ConfigProblemCode, options?: readonly string[]): void =>
    void problems.push(options ? { attribute, value, code, options } : { attribute, value, code });
  // Looks and behaviour: a value that cannot be used is a warning, and the default is used.
  const oneOf = <T extends string>(
    attribute: string,
    value: string | null | undefined,
    options: readonly T[],
    fallback: T,
  ): T => {
    const chosen = (blank(value) ? fallback : value!.trim()) as T;
    if (options.includes(chosen)) return chosen;
    problem(attribute, chosen, ConfigProblemCode.OneOf, options);
    return fallback;
  };
  return { problems, problem, oneOf };
}

export function resolveConfig(input: ConfigInput, env: ConfigEnvironment = {}): ConfigResult<FrameConfig> {
  const { problems, problem, oneOf } = problemList();

  const tenantId = blank(input.tenantId) ? DEFAULTS.tenantId : input.tenantId!.trim();
  if (!TENANT_PATTERN.test(tenantId)) {
    problem('tenant-id', tenantId, ConfigProblemCode.TenantPattern);
  }

  let apiUrl = env.scriptOrigin && /^https?:\/\//.test(env.scriptOrigin) ? env.scriptOrigin : DEFAULTS.apiUrl;
  if (!blank(input.apiUrl)) {
    const schemes = ['https:', 'http:'];
    const parsed = parseUrl(input.apiUrl!, schemes);
    if (typeof parsed === 'string') problem('api-url', input.apiUrl!, parsed, schemeList(schemes));
    else if (insecureFromSecurePage(parsed, env.pageProtocol))
      problem('api-url', input.apiUrl!, ConfigProblemCode.MixedHttp);
    else apiUrl = withoutTrailingSlash(parsed);
  }

  let wsUrl = apiUrl.replace(/^http/, 'ws');
  if (!blank(input.wsUrl)) {
    const schemes = ['wss:', 'ws:', 'https:', 'http:'];
    const parsed = parseUrl(input.wsUrl!, schemes);
    if (typeof parsed === 'string') problem('ws-url', input.wsUrl!, parsed, schemeList(schemes));
    else if (insecureFromSecurePage(parsed, env.pageProtocol))
      problem('ws-url', input.wsUrl!, ConfigProblemCode.MixedWs);
    else wsUrl = withoutTrailingSlash(parsed).replace(/^http/, 'ws');
  }

  const position = oneOf('position', input.position, POSITIONS, DEFAULTS.position);
  const theme = oneOf('theme', input.theme, THEMES, DEFAULTS.theme);

  let primaryColor: string | null = null;
  if (!blank(input.primaryColor)) {
    const value = input.primaryColor!.trim();
    const isColor = env.isColor ?? ((v: string) => /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v));
    // Colour syntax only: var(), url() and the like pass CSS.supports('color', …) and could
    // make the widget fetch a foreign resource.
    if (isColor(value) && !/\b(?:var|url|env|attr|image|image-set|src)\s*\(/i.test(value)) primaryColor = value;
    else problem('primary-color', value, ConfigProblemCode.NotAColor);
  }

  const mode = oneOf('mode', input.mode, MODES, DEFAULTS.mode);
  const launcher = oneOf('launcher', input.launcher, LAUNCHERS, 'default');
  const prefetch = oneOf('prefetch', input.prefetch, PREFETCHES, 'idle');

  if (problems.some((p) => FATAL_ATTRIBUTES.has(p.attribute))) return { ok: false, problems: Object.freeze(problems) };
  const config: FrameConfig = {
    tenantId,
    apiUrl,
    wsUrl,
    heading: blank(input.heading) ? null : input.heading!.trim(),
    position,
    theme,
    primaryColor,
    debug: Boolean(input.debug),
    mode,
    launcher,
    prefetch,
  };
  return { ok: true, config: Object.freeze(config), warnings: Object.freeze(problems) };
}
