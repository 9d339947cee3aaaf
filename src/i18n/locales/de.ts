/** The loader's words in German (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'MIPTech KI-Assistent',
  launcherOpen: '{title} öffnen',
  launcherClose: '{title} schließen',
  launcherUnread: '{label}, ungelesen: {count}',
  launcherProblem: '{label} (nicht richtig eingerichtet)',
  retry: 'Erneut versuchen',
  chatLoading: 'Chat wird geladen…',
  chatLoadFailed: 'Der Chat konnte nicht geladen werden. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  messageLimit: 'Nachrichten sind auf {max} Zeichen begrenzt.',
} satisfies LoaderWords;
