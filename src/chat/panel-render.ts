/**
 * What the chat's panel shows, drawn from the chat's parts (chat-runtime.ts has them): a broken
 * configuration explained, the consent notice, or the conversation. Whatever it shows, a panel
 * drawn ahead of its first showing is inert and out of sight (panel-presence.ts).
 */
import type { TemplateResult } from 'lit';
import type { ChatConfig, ConfigResult } from '../config/config.js';
import type { SessionController } from '../controllers/session-controller.js';
import type { MarkdownRenderer } from '../markdown/render-markdown.js';
import { consentView } from '../views/consent-view.js';
import { panelFrame, type FrameModel } from '../views/panel-frame.js';
import { chatPanelView, type ChatPanelHandlers } from '../views/panel.js';
import type { ComposerInput } from './composer-input.js';
import type { OwnerChunk } from './owner-chunk.js';
import type { PanelPresence } from './panel-presence.js';
import type { PanelViewState } from './panel-view-state.js';
import type { ChatRuntimeOptions } from './runtime-options.js';
import type { SiteLink } from './site-link.js';

/** The parts of the chat a render reads. */
export interface RenderParts {
  readonly options: ChatRuntimeOptions;
  /** The whole configuration: the loader's, and the chat's own attributes; or what is wrong with it. */
  readonly configuration: ConfigResult;
  readonly presence: PanelPresence;
  readonly owner: OwnerChunk;
  readonly site: SiteLink;
  readonly sessions: SessionController;
  readonly input: ComposerInput;
  readonly view: PanelViewState;
  readonly handlers: ChatPanelHandlers;
  /** The markdown renderer for this config, its parse budget started for this render. */
  markdownFor(config: ChatConfig): MarkdownRenderer;
  /** Retry on a broken configuration's notice, once the owner's chunk could not be fetched. */
  readonly reconfigure: () => void;
  /** The visitor accepted the consent notice. */
  readonly acceptConsent: () => void;
}

export function renderPanel(parts: RenderParts, model: FrameModel): TemplateResult {
  const { cover, closed } = parts.presence;
  const frame = { ...model, ahead: closed.ahead };
  const { t } = frame;
  const result = parts.configuration;
  if (!result.ok) return panelFrame(frame, parts.owner.configError(t, result, parts.reconfigure));
  const { config } = result;
  if (parts.site.awaitingConsent) {
    const consent = { notice: config.consentNotice, inline: !parts.options.floating() };
    return panelFrame(frame, consentView(t, consent, parts.acceptConsent, parts.options.close));
  }
  const onKeydown = (event: KeyboardEvent) => (cover.onKeydown(event), frame.onKeydown(event));
  return chatPanelView(
    { ...frame, modal: cover.modal, onKeydown },
    {
      greeting: config.greeting ?? t('defaultGreeting'),
      starterPrompts: config.starterPrompts,
      state: parts.sessions.state,
      now: parts.options.ports().scheduler.now(),
      draft: parts.input.draft.text,
      cutPaste: parts.input.draft.cutPaste,
      tooFast: parts.input.draft.tooFast,
      readAtEnd: parts.view.readAtEnd,
      shown: parts.view.drawn,
      renderer: parts.markdownFor(config),
      chosenVersions: parts.view.chosenVersions,
      diagnostics: config.debug ? parts.owner.debugView(t, config, parts.sessions, parts.handlers.onRetest) : null,
    },
    parts.handlers,
  );
}
