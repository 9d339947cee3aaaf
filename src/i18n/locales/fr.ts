/** The loader's words in French (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'Assistant IA MIPTech',
  launcherOpen: 'Ouvrir {title}',
  launcherClose: 'Fermer {title}',
  launcherUnread: '{label}, non lus : {count}',
  launcherProblem: '{label} (mal configuré)',
  retry: 'Réessayer',
  chatLoading: 'Chargement du chat…',
  chatLoadFailed: 'Le chat n’a pas pu être chargé. Vérifiez votre connexion, puis réessayez.',
  messageLimit: 'Les messages sont limités à {max} caractères.',
} satisfies LoaderWords;
