/** The loader's words in Hebrew (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'עוזר ה-AI של MIPTech',
  launcherOpen: 'פתיחת {title}',
  launcherClose: 'סגירת {title}',
  launcherUnread: '{label}, לא נקראו: {count}',
  launcherProblem: '{label} (לא מוגדר כראוי)',
  retry: 'ניסיון חוזר',
  chatLoading: 'הצ׳אט נטען…',
  chatLoadFailed: 'לא ניתן היה לטעון את הצ׳אט. יש לבדוק את החיבור ולנסות שוב.',
  messageLimit: 'אורך הודעה מוגבל ל-{max} תווים.',
} satisfies LoaderWords;
