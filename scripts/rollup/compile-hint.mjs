// The chat chunk asks V8 to compile every function eagerly (Chrome 136's explicit compile hint,
// a magic comment at the very top of the file). The chunk is fetched ahead with a module preload,
// which compiles it then, off the visitor's click: without the hint V8 compiles each function
// lazily, on its first call, and nearly all of them are first called by the click that opens
// the chat. Other engines read it as a comment.
import MagicString from 'magic-string';

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** Puts the hint first in the named entry chunks (after minification, which drops comments). */
export const compileHint = (names) => ({
  name: 'compile-hint',
  renderChunk(code, chunk) {
    if (!chunk.isEntry || !names.includes(chunk.name)) return null;
    const text = new MagicString(code).prepend(`${COMPILE_HINT}\n`);
    return { code: text.toString(), map: text.generateMap({ hires: true }) };
  },
});
