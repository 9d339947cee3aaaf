// The build's patches to its dependencies, each by searching for a string in the dependency's
// source: ky without its progress stream and its request-stream probe, and with short check
// messages; Lit's templates trusted under the loader's policy. Each one fails the build, naming itself, when an
// upgrade moves its string; test/architecture/patches.test.mjs runs each on the installed files.
import { fileURLToPath } from 'node:url';

/**
 * ky streams a response through a ReadableStream only to report download progress, which the
 * widget never asks for (api-client.ts sets no onDownloadProgress): the progress branch and its
 * `_stream` method are cut. The build fails if ky's layout changes.
 */
export const kyWithoutProgress = {
  name: 'ky-without-progress',
  transform(code, id) {
    if (!/[\\/]ky[\\/]distribution[\\/]core[\\/]Ky\.js$/.test(id)) return null;
    const branch = code.indexOf('            // If `onDownloadProgress` is passed, it uses the stream API internally');
    const branchEnd = code.indexOf('            return response;\n', branch);
    const stream = code.indexOf('    /* istanbul ignore next */\n    _stream(response, onDownloadProgress) {');
    const streamEnd = code.lastIndexOf('\n}\n');
    if (branch < 0 || branchEnd < 0 || stream < 0 || streamEnd < stream) this.error('ky changed its layout: update kyWithoutProgress in scripts/rollup/patches.mjs');
    return { code: code.slice(0, branch) + code.slice(branchEnd, stream) + code.slice(streamEnd), map: null };
  },
};

/**
 * ky probes, when its module is evaluated, whether the browser can stream a request's body (it
 * builds a Request around a ReadableStream), only to add `duplex: 'half'` to requests that stream
 * theirs. The widget sends JSON strings, never a stream, and the probe cost 20 ms of the chat
 * chunk's evaluation on a slow phone, on the way from a click to the composer. It is taken to be
 * false. The build fails if ky's constants change shape.
 */
export const kyWithoutStreamProbe = {
  name: 'ky-without-stream-probe',
  transform(code, id) {
    if (!/[\\/]ky[\\/]distribution[\\/]core[\\/]constants\.js$/.test(id)) return null;
    const start = code.indexOf('export const supportsRequestStreams = (() => {');
    const end = code.indexOf('})();\n', start);
    if (start < 0 || end < 0) this.error('ky changed its constants: update kyWithoutStreamProbe in scripts/rollup/patches.mjs');
    return { code: `${code.slice(0, start)}export const supportsRequestStreams = false;\n${code.slice(end + '})();\n'.length)}`, map: null };
  },
};

/**
 * ky checks how it is called (a `timeout` too large, `input` with a leading slash, `retry` not
 * arrays…) and says so in long sentences for developers. The widget calls it one fixed way
 * (api-client.ts, tested), so the checks stay and their words become one short message. The
 * build fails if a file no longer has them.
 */
export const kyTerseChecks = {
  name: 'ky-terse-checks',
  transform(code, id) {
    if (!/[\\/]ky[\\/]distribution[\\/](core[\\/]Ky|utils[\\/]merge|utils[\\/]normalize)\.js$/.test(id)) return null;
    let count = 0;
    const terse = code.replace(/throw new (\w*Error)\((['`])(?:\\.|(?!\2)[^\\])*\2\)/g, (_, type) => ((count += 1), `throw new ${type}('ky: invalid call')`));
    if (count === 0) this.error(`ky changed its checks in ${id}: update kyTerseChecks in scripts/rollup/patches.mjs`);
    return { code: terse, map: null };
  },
};

/**
 * The script tag's Trusted Types policy is named `miptech-chat`, not Lit's `lit-html`: a page that
 * uses Lit itself already holds `lit-html` (policy names are unique unless the page allows
 * duplicates), and a site's policy then names the widget for what it is. The loader creates it
 * at load (src/load-chat.script.ts), so a page that refuses it fails closed at once
 * (fail-closed.mjs), as before the loader lost Lit. The chat's Lit creates none: its templates are
 * made TrustedHTML through src/chat/trusted-policy.ts, which holds the loader's policy in a
 * module's scope, never on a global. The build fails if Lit's source changes shape. (The ESM
 * build keeps the bundler's Lit, and its policy.)
 */
export const TRUSTED_TYPES_POLICY = 'miptech-chat';
const LIT_POLICY = 's?s.createPolicy("lit-html",{createHTML:t=>t}):void 0';
const holder = fileURLToPath(new URL('../../src/chat/trusted-policy.ts', import.meta.url));
export const litPolicyFromLoader = {
  name: 'lit-policy-from-loader',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const parts = code.split(LIT_POLICY);
    if (parts.length !== 2) this.error('lit-html no longer creates its policy as expected: update litPolicyFromLoader in scripts/rollup/patches.mjs');
    const head = `import { trustedHTML as __miptechTrusted } from ${JSON.stringify(holder)};\n`;
    return { code: head + parts.join('s?{createHTML:__miptechTrusted}:void 0'), map: null };
  },
};
