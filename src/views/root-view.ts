/**
 * Everything the loader draws in the shadow root, with the DOM (dom.ts), and what decides it: the
 * root that carries placement, theme, language and direction; the panel, which is the chat's own
 * (drawn by the chat before `anchor`, and kept while its closing animation runs), and until the
 * chat arrives the launcher turning, or the stand-in (stand-in.ts); the launcher (none inline, or
 * with `launcher="none"`); and the status region, which says the chat is loading and announces
 * each complete answer once. Made once, then drawn on every update.
 */
import { attr, h, text } from './dom.js';
import type { FrameConfig } from '../config/config.js';
import { adoptSheets } from '../styles/sheet.js';
import { standInStyles } from '../styles/stand-in.styles.js';
import { launcherView, type LauncherHandlers } from './launcher.js';
import type { FrameModel } from './panel-frame.js';
import { standIn, type StandIn, type StandInHandlers } from './stand-in.js';

/** The frame the loader gives the chat's panel (the chat adds its own key handling). */
export type LoaderFrame = Omit<FrameModel, 'onKeydown'>;

/** What the loader needs of the chat, once it has arrived (chat/chat-runtime.ts). */
export interface ChatPart {
  readonly unread: number;
  /** The panel is drawn while closed: ahead of its first showing, or until its closing animation ends. */
  readonly drawnClosed: boolean;
  readonly announcement: string;
  /** The chat's panel, as a template its own renderer (`drawChat`) draws. */
  render(frame: LoaderFrame): unknown;
}

export interface RootModel {
  frame: LoaderFrame;
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
  /** The chat's renderer, which draws its panel (or takes it away, given null) before `anchor`. */
  drawChat: ((panel: never, root: HTMLElement, anchor: ChildNode, host: object) => void) | null;
}

export interface RootView {
  readonly root: HTMLElement;
  draw(model: RootModel): void;
}

export function rootView(host: object, handlers: LauncherHandlers & StandInHandlers): RootView {
  const anchor = document.createComment('');
  const status = h('div', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  const root = h('div', { title: '' }, anchor, status);
  const launcher = launcherView(handlers);
  let stand: StandIn | null = null;
  return {
    root,
    draw({ frame, config, chat, open, ...model }) {
      const { t } = frame;
      const shown = open || frame.inline;
      const hasLauncher = !frame.inline && config?.launcher !== 'none';
      // The panel is asked for and the chat is not here yet: the launcher turns, else the
      // stand-in says so; if the chat could not be fetched, the stand-in says that, with Retry.
      const waiting = shown && !chat;
      const failed = waiting && model.chunkFailed;
      const theme = config?.theme === 'auto' ? (model.prefersDark ? 'dark' : 'light') : (config?.theme ?? 'light');
      const placement = `${config?.position ?? 'bottom-right'} ${theme} ${frame.inline ? 'inline' : 'floating'}`;
      attr(root, 'class', `root ${placement} ${open ? 'open' : ''} ${waiting ? 'waiting' : ''}`);
      attr(root, 'lang', model.lang);
      attr(root, 'dir', model.dir);
      if (failed || (waiting && !hasLauncher)) {
        if (!stand) {
          adoptSheets(root.getRootNode() as ShadowRoot, [standInStyles]);
          stand = standIn(handlers, () => (launcher.button.isConnected ? launcher.button : stand!.box));
        }
        stand.draw(t, failed);
        if (stand.box.parentNode !== root) root.insertBefore(stand.box, anchor);
      } else stand?.box.remove();
      const panel = chat && (shown || chat.drawnClosed) ? chat.render(frame) : null;
      model.drawChat?.(panel as never, root, anchor, host);
      if (hasLauncher) {
        const unread = chat?.unread ?? 0;
        const busy = waiting && !failed;
        const drawn = { hasProblem: model.hasProblem, unread, busy, controls: panel !== null };
        launcher.draw(t, { opened: open, title: frame.title, ...drawn });
        if (launcher.button.parentNode !== root) root.insertBefore(launcher.button, status);
      } else launcher.button.remove();
      text(status, chat?.announcement ?? (waiting && !failed ? t('chatLoading') : ''));
    },
  };
}
