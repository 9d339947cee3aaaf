/** The loader's words in Spanish (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'Asistente de IA de MIPTech',
  launcherOpen: 'Abrir {title}',
  launcherClose: 'Cerrar {title}',
  launcherUnread: '{label}, sin leer: {count}',
  launcherProblem: '{label} (no está bien configurado)',
  retry: 'Reintentar',
  chatLoading: 'Cargando el chat…',
  chatLoadFailed: 'No se pudo cargar el chat. Comprueba tu conexión y vuelve a intentarlo.',
  messageLimit: 'Los mensajes tienen un límite de {max} caracteres.',
} satisfies LoaderWords;
