/** The loader's words in Portuguese (en.ts has the English and the notes on each key). */
import type { LoaderWords } from '../strings.js';

export const words = {
  defaultTitle: 'Assistente de IA da MIPTech',
  launcherOpen: 'Abrir {title}',
  launcherClose: 'Fechar {title}',
  launcherUnread: '{label}, não lidas: {count}',
  launcherProblem: '{label} (não está configurado corretamente)',
  retry: 'Tentar novamente',
  chatLoading: 'Carregando o chat…',
  chatLoadFailed: 'Não foi possível carregar o chat. Verifique sua conexão e tente novamente.',
  messageLimit: 'As mensagens têm um limite de {max} caracteres.',
} satisfies LoaderWords;
