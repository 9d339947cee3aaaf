// The loader and the chat chunk ask V8 to compile every function eagerly (Chrome 136's explicit
// compile hint, a magic comment at the very top of the file). Without it V8 compiles each
// function lazily, on the main thread, on its first call. The chat chunk is fetched ahead with a
// module preload, which compiles it then, off the visitor's click, and nearly all of its
// functions are first called by the click that opens the chat. The loader is compiled as it
// streams in, and nearly all of it runs at load. Other engines read it as a comment.
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
