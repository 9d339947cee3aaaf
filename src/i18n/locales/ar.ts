/** The loader's words in Arabic (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'مساعد MIPTech الذكي',
  launcherOpen: 'فتح {title}',
  launcherClose: 'إغلاق {title}',
  launcherUnread: '{label}، غير المقروءة: {count}',
  launcherProblem: '{label} (غير مُعدّ بشكل صحيح)',
  retry: 'إعادة المحاولة',
  chatLoading: 'جارٍ تحميل المحادثة…',
  chatLoadFailed: 'تعذّر تحميل المحادثة. تحقّق من اتصالك ثم حاول مرة أخرى.',
  messageLimit: 'الحد الأقصى للرسالة {max} حرف.',
} satisfies LoaderWords;
