/** The loader's words in Simplified Chinese (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'MIPTech AI 助手',
  launcherOpen: '打开{title}',
  launcherClose: '关闭{title}',
  launcherUnread: '{label}，{count} 条未读',
  launcherProblem: '{label}（设置不正确）',
  retry: '重试',
  chatLoading: '正在加载聊天…',
  chatLoadFailed: '无法加载聊天。请检查网络连接，然后重试。',
  messageLimit: '消息最多 {max} 个字符。',
} satisfies LoaderWords;
