// The build's patches to its dependencies, each by searching for a string in the dependency's
// source: ky without its progress stream and with short check messages, and Lit's Trusted Types
// policy under our name. Each one fails the build, naming itself, when an
// upgrade moves its string; test/architecture/patches.test.mjs runs each on the installed files.

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
 * The script tag's Lit creates its Trusted Types policy under our name, `miptech-chat`, not Lit's
 * `lit-html`: a page that uses Lit itself already holds `lit-html` (policy names are unique unless
 * the page allows duplicates), and a site's policy then names the widget for what it is. The
 * build fails if Lit's source changes shape. (The ESM build keeps the bundler's Lit, and its name.)
 */
export const TRUSTED_TYPES_POLICY = 'miptech-chat';
export const litPolicyName = {
  name: 'lit-policy-name',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const parts = code.split('createPolicy("lit-html"');
    if (parts.length !== 2) this.error('lit-html no longer creates its policy as expected: update litPolicyName in scripts/rollup/patches.mjs');
    return { code: parts.join(`createPolicy(${JSON.stringify(TRUSTED_TYPES_POLICY)}`), map: null };
  },
};
