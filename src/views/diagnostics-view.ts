import { html, nothing, svg } from 'lit/html.js';
import type { ChatConfig } from '../config/config.js';
import type { DiagnosticsResult, ProbeStatus, SocketProbe } from '../diagnostics/probes.js';
import type { StringKey } from '../i18n/strings.js';
import type { Term } from '../i18n/term.js';
import type { ConnectionProblem } from '../protocol/connection.js';
import type { ChatStorage } from '../ports/safe-storage.js';
import type { ConnectionSharing } from '../socket/tab-relay.js';
import type { Dialect } from '../protocol/dialect.js';
import { regenerateIcon } from './chat-icons.js';
import { failureText, problemText } from './describe.js';

export interface DiagnosticsModel {
  config: ChatConfig;
  result: DiagnosticsResult;
  storage: Pick<ChatStorage, 'mode' | 'fallback' | 'discarded'> | null;
  droppedFrames: number;
  sessionId: string;
  /** The site's token, masked (its last characters and length), or null where the site gives none. Never whole. */
  token: string | null;
  /**
   * Whether this tab holds the connection the site's tabs share, follows it, or has its own; null
   * before it connects.
   */
  sharing: ConnectionSharing | null;
  /** The dialect the platform spoke on the last link that opened (protocol/dialect.ts), or null before one did. */
  dialect: Dialect | null;
}

/** The widget's own glyphs (fonts may lack emoji, which show as boxes). */
const wrenchIcon = svg`<svg viewBox="0 0 24 24" aria-hidden="true"><path
  d="M22.7 19 13.6 9.9c.9-2.3.4-5-1.5-6.9-2-2-5-2.4-7.4-1.3L9 6 6 9 1.6 4.7C.4 7.1.9 10.1 2.9
    12.1c1.9 1.9 4.6 2.4 6.9 1.5l9.1 9.1c.4.4 1 .4 1.4 0l2.3-2.3c.5-.4.5-1.1.1-1.4Z"/></svg>`;

const SHARING_WORDS: Record<ConnectionSharing, StringKey> = {
  owner: 'tabsOwner',
  follower: 'tabsFollower',
  own: 'tabsOwn',
};
const PROBE_WORDS: Record<ProbeStatus, StringKey> = {
  idle: 'probeIdle',
  testing: 'probeTesting',
  success: 'probeSuccess',
  failed: 'probeFailed',
};
const STORAGE_WORDS: Record<string, StringKey> = {
  missing: 'storageMissing',
  unavailable: 'storageUnavailable',
  'read-refused': 'storageReadRefused',
  'write-refused': 'storageWriteRefused',
};

/** The probe words two problems for the site owner debugging a setup; the rest read as in the panel. */
const PROBE_PROBLEM_WORDS: Partial<Record<ConnectionProblem, StringKey>> = {
  'server-error': 'probeServerConfig',
  unreachable: 'probeUnreachable',
};

function socketFailureText(t: Term, failure: NonNullable<SocketProbe['failure']>): string {
  if (failure.reason === 'no-handshake') return t('probeNoHandshake', { seconds: failure.timeoutMs / 1000 });
  if (failure.reason === 'no-websocket') return `${t('probeNoWebSocket')}: ${failure.detail}`;
  const key = PROBE_PROBLEM_WORDS[failure.problem];
  // The diagnostics are where close codes belong: the panel says the problem in words only.
  const text = key
    ? t(key, { code: failure.code })
    : failure.code
      ? `${problemText(t, failure)} [${failure.code}]`
      : problemText(t, failure);
  return failure.detail ? `${text} (${failure.detail})` : text;
}

/** The ConnectionTest of docs/protocol.md, inside the widget, when `debug` is set. */
/**
 * An id the platform treats as the visitor's credential (anyone holding the session id can
 * follow the conversation), shown only as far as support needs to tell sessions apart.
 */
export const masked = (id: string): string => (id.length > 8 ? `${id.slice(0, 6)}…` : '…');

export function diagnosticsView(t: Term, model: DiagnosticsModel, onRetest: () => void) {
  const { api, ws } = model.result;
  const testing = api.status === 'testing' || ws.status === 'testing';
  const apiError = api.failure ? ` — ${failureText(t, api.failure)}` : '';
  const wsError = ws.failure
    ? ` — ${socketFailureText(t, ws.failure)}`
    : ws.acknowledged === false
      ? ` — ${t('probeNoAck')}`
      : '';
  const fallback = model.storage?.fallback;
  const storageNote = fallback
    ? ` (${t(STORAGE_WORDS[fallback.reason])}${fallback.detail ? `: ${fallback.detail}` : ''})`
    : '';
  return html`<section class="diagnostics" aria-label=${t('diagnostics')} tabindex="0">
    <h3>
      <span class="title">${wrenchIcon}${t('diagnosticsTitle')}</span>
      <button class="button" type="button" @click=${onRetest} ?disabled=${testing}>
        ${regenerateIcon}${t('retest')}
      </button>
    </h3>
    <dl>
      <dt>API</dt>
      <dd class="api-status ${api.status}">${t(PROBE_WORDS[api.status])}${apiError}</dd>
      <dt>WebSocket</dt>
      <dd class="ws-status ${ws.status}">${t(PROBE_WORDS[ws.status])}${wsError}</dd>
      ${
        model.sharing === null
          ? nothing
          : html`<dt>${t('tabs')}</dt><dd class="sharing">${t(SHARING_WORDS[model.sharing])}</dd>`
      }
      <dt>protocol</dt>
      <dd class="protocol">${model.dialect ?? '…'} (${model.config.protocol})</dd>
      <dt>api-url</dt>
      <dd>${model.config.apiUrl}</dd>
      <dt>ws-url</dt>
      <dd>${model.config.wsUrl}</dd>
      <dt>tenant-id</dt>
      <dd>${model.config.tenantId}</dd>
      <dt>${t('session')}</dt>
      <dd>${masked(model.sessionId)}</dd>
      ${model.token === null ? nothing : html`<dt>Authorization</dt><dd class="token">Bearer ${model.token}</dd>`}
      <dt>${t('storage')}</dt>
      <dd>
        ${t(model.storage?.mode === 'persistent' ? 'storagePersistent' : 'storageMemory')}${storageNote}
        ${model.storage?.discarded ? html`<br />${t('storageDiscarded', { count: model.storage.discarded })}` : nothing}
      </dd>
      <dt>${t('droppedFrames')}</dt>
      <dd>${model.droppedFrames}</dd>
    </dl>
    <pre class="raw">${JSON.stringify(model.result, null, 2)}</pre>
  </section>`;
}
