// The script-tag loader fails closed. It is one classic script on someone else's page, so
// nothing it does at load may throw into that page. The one known way it can throw is a
// Trusted Types policy that refuses the "miptech-chat" policy it creates at load
// (rollup.config.mjs names it): `trusted-types 'none'` turns that into an uncaught TypeError.
// A second copy of the script fails the same way (the name is taken) while the first copy
// runs the widget: that one is silent. The build wraps the loader's
// body in try/catch (rollup `intro`/`outro`); the catch runs `failClosed` below: one console
// line that says what to change, and a `miptech-error` event on every <miptech-chat> on the
// page (now, and once more when the document is parsed, for elements after the script).
// It is plain JS, injected as source text, because nothing bundled inside the try is in
// scope in the catch.

function failClosed(error) {
  try {
    if (customElements.get('miptech-chat')) return; // another copy of the widget runs it
    const text = String((error && error.message) || error);
    const policy = /trusted|createPolicy|miptech-chat/i.test(text);
    const message = policy
      ? 'did not start: add miptech-chat to the page\'s trusted-types (README: Content Security Policy)'
      : `did not start: ${text}`;
    console.error(`[miptech-chat] ${message}`);
    const told = new WeakSet();
    const tell = () => {
      for (const el of document.querySelectorAll('miptech-chat')) {
        if (told.has(el)) continue;
        told.add(el);
        el.dispatchEvent(new CustomEvent('miptech-error', { bubbles: true, composed: true, detail: { kind: policy ? 'policy' : 'startup', message } }));
      }
    };
    tell();
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', tell, { once: true });
  } catch {
    // Fail closed means silent to the page beyond the line above.
  }
}

/** Rollup output options that wrap the IIFE's body. */
export const failClosedWrapper = {
  intro: 'try {',
  outro: `} catch (error) { (${failClosed.toString()})(error); }`,
};
