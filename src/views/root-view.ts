/**
 * Everything the loader draws in the shadow root, with the DOM (dom.ts), and what decides it: the
 * root that carries placement, theme, language and direction; the panel (the loading one until
 * the chat arrives, then the chat's own, drawn by the chat before `anchor`, and kept while its
 * closing animation runs); the launcher (none inline, or with `launcher="none"`); and the status
 * region that announces each complete answer once. Made once, then drawn on every update.
 */
import { attr, h, text } from './dom.js';
import type { FrameConfig } from '../config/config.js';
import { launcherView, type LauncherHandlers } from './launcher.js';
import { loadingPanel, type LoadingPanel, type LoadingPanelHandlers } from './loading-panel.js';
import type { FrameModel } from './panel-frame.js';

/** What the loader needs of the chat, once it has arrived (chat/chat-runtime.ts). */
export interface ChatPart {
  readonly unread: number;
  /** The panel is drawn while closed: ahead of its first showing, or until its closing animation ends. */
  readonly drawnClosed: boolean;
  readonly announcement: string;
  /** The chat's panel, as a template its own renderer (`drawChat`) draws. */
  render(frame: FrameModel): unknown;
}

export interface RootModel {
  frame: FrameModel;
  /** The loader's configuration, or null when it is broken. */
  config: FrameConfig | null;
  open: boolean;
  /** The visitor's system prefers dark colours (for `theme="auto"`). */
  prefersDark: boolean;
  lang: string;
  dir: string;
  /** Something the site owner must fix: the launcher's "!". */
  hasProblem: boolean;
  /** The chat, once it has arrived. */
  chat: ChatPart | null;
  /** The chat could not be fetched. */
  chunkFailed: boolean;
  /** The chat was fetched ahead and draws itself in a moment: no loading panel in between. */
  chatDue: boolean;
  /** The chat's renderer, which draws its panel (or takes it away, given null) before `anchor`. */
  drawChat: ((panel: never, root: HTMLElement, anchor: ChildNode, host: object) => void) | null;
}

export interface RootView {
  readonly root: HTMLElement;
  draw(model: RootModel): void;
}

export function rootView(host: object, handlers: LauncherHandlers & LoadingPanelHandlers): RootView {
  const anchor = document.createComment('');
  const status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const root = h('div', { title: '' }, anchor, status);
  const launcher = launcherView(handlers);
  let loading: LoadingPanel | null = null;
  return {
    root,
    draw({ frame, config, chat, open, ...model }) {
      const theme = config?.theme === 'auto' ? (model.prefersDark ? 'dark' : 'light') : (config?.theme ?? 'light');
      const placement = `${config?.position ?? 'bottom-right'} ${theme} ${frame.inline ? 'inline' : 'floating'}`;
      attr(root, 'class', `root ${placement} ${open ? 'open' : ''}`);
      attr(root, 'lang', model.lang);
      attr(root, 'dir', model.dir);
      const shown = open || frame.inline;
      if (!chat && shown && !model.chatDue) {
        loading ??= loadingPanel(handlers);
        loading.draw({ t: frame.t, title: frame.title, inline: frame.inline, failed: model.chunkFailed });
        if (loading.section.parentNode !== root) root.insertBefore(loading.section, anchor);
      }
      const panel = chat && (shown || chat.drawnClosed) ? chat.render(frame) : null;
      model.drawChat?.(panel as never, root, anchor, host);
      // After the chat's panel is in: removing the loading panel, which holds focus, restyles the
      // tree at once, and doing so once for the final tree spares restyling the one that goes.
      if (chat || !shown) loading?.section.remove();
      if (!frame.inline && config?.launcher !== 'none') {
        const unread = chat?.unread ?? 0;
        launcher.draw(frame.t, { opened: open, title: frame.title, hasProblem: model.hasProblem, unread });
        if (launcher.button.parentNode !== root) root.insertBefore(launcher.button, status);
      } else launcher.button.remove();
      text(status, chat?.announcement ?? '');
    },
  };
}
