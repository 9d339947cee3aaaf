/** The loader's words in Japanese (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'MIPTech AI アシスタント',
  launcherOpen: '{title}を開く',
  launcherClose: '{title}を閉じる',
  launcherUnread: '{label}、未読 {count} 件',
  launcherProblem: '{label}（設定が正しくありません）',
  retry: '再試行',
  chatLoading: 'チャットを読み込んでいます…',
  chatLoadFailed: 'チャットを読み込めませんでした。接続を確認してから、もう一度お試しください。',
  messageLimit: 'メッセージは {max} 文字までです。',
} satisfies LoaderWords;
