// Rollup plugin (the script tag's chunks): each language's launcher words name the file of that
// language's chat words, so the loader can fetch them ahead with the chat. The chat cannot draw
// before its words are here, and it asks for them only once it runs: without this, a page in
// German waited one more round trip after every click, however early the chat was fetched.
//
// `export const chat` is added to src/i18n/locales/<code>.ts as Rollup's own file URL of
// <code>-chat.ts, a chunk emitted under the name it has anyway (the chat imports the same
// module): the URL is next to the words' file, and its hash is part of theirs.
import { dirname, join } from 'node:path';

const LAUNCHER_WORDS = /[/\\]src[/\\]i18n[/\\]locales[/\\]([a-z]{2})\.ts$/;

export function chatWordsAhead() {
  return {
    name: 'chat-words-ahead',
    transform(code, id) {
      const language = LAUNCHER_WORDS.exec(id)?.[1];
      if (!language) return null;
      const chat = join(dirname(id), `${language}-chat.ts`);
      const reference = this.emitFile({ type: 'chunk', id: chat, name: `${language}-chat` });
      return { code: `${code}\nexport const chat = import.meta.ROLLUP_FILE_URL_${reference};\n`, map: null };
    },
  };
}
