// The loader by what it does: each minified character of dist/miptech-chat.js is given to the
// source file its source map names, the files are grouped by responsibility, and each group is
// weighed twice, gzipped: what the loader saves without it, and the loader with only the groups
// issue 27 keeps in it. Gzip compresses the groups together, so no group has a size of its own:
// "saved without it" is the honest measure of what it costs a page.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** What the loader does, by its source files (the first group that matches a file takes it). */
export const LOADER_GROUPS = [
  ['the stand-in (before the chat arrives; a failure)', /views\/stand-in|styles\/stand-in/],
  ['fetching the chat (on intent, at idle)', /chunk-controller|idle-controller|load-chat|config\/prefetch|load-words/],
  ['storage (forget, unsent marks)', /src\/ports\//],
  ['the element and its methods', /src\/(miptech-chat|define|events|offer-message|version|script-tag)\.ts|src\/state\/|src\/protocol\//],
  ['attributes (the reactive base)', /src\/element\/|chat-attributes/],
  ['config resolution', /src\/config\//],
  ['languages', /src\/i18n\/|locale-controller/],
  ['launcher and badge (view, styles, colours)', /src\/views\/|src\/styles\/|theme-controller/],
];
/** The groups issue 27 lists for the loader: the launcher, badge, attributes, config, languages, events, methods. */
const KEPT = new Set(LOADER_GROUPS.slice(3).map(([name]) => name));

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** A mapping segment's numbers (source map v3: base64 VLQ, each relative to the one before). */
export function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** Each character of `code` with the source file it came from (a stretch without a mapping keeps the last). */
export function sourcesOf(code, map) {
  const owners = new Array(code.length);
  const lines = code.split('\n');
  const mappings = map.mappings.split(';');
  let source = 0;
  let at = 0;
  lines.forEach((line, l) => {
    let column = 0;
    const starts = [];
    for (const segment of (mappings[l] ?? '').split(',').filter(Boolean)) {
      const [dColumn, dSource] = decodeSegment(segment);
      column += dColumn;
      if (dSource !== undefined) source += dSource;
      starts.push([column, source]);
    }
    let owner = starts[0]?.[1] ?? source;
    for (let c = 0, s = 0; c <= line.length; c++) {
      while (s < starts.length && starts[s][0] <= c) owner = starts[s++][1];
      owners[at + c] = map.sources[owner] ?? '';
    }
    at += line.length + 1;
  });
  // The last line has no newline after it.
  return owners.slice(0, code.length);
}

/** The loader's groups, each with its minified bytes and what the gzipped loader saves without it. */
export function loaderShares(dist) {
  const code = readFileSync(join(dist, 'miptech-chat.js'), 'utf8');
  const owners = sourcesOf(code, JSON.parse(readFileSync(join(dist, 'miptech-chat.js.map'), 'utf8')));
  const groupOf = (file) => LOADER_GROUPS.find(([, test]) => test.test(file))?.[0] ?? 'other';
  const group = owners.map((file) => groupOf(file ?? ''));
  const gzip = (text) => gzipSync(text, { level: 9 }).length;
  const keep = (test) => code.split('').filter((_, i) => test(group[i])).join('');
  const whole = gzip(code);
  const names = [...LOADER_GROUPS.map(([name]) => name), 'other'];
  const rows = names.map((name) => ({
    name,
    kept: KEPT.has(name),
    minified: group.filter((g) => g === name).length,
    savedWithout: whole - gzip(keep((g) => g !== name)),
  }));
  return { whole, rows, keptOnly: gzip(keep((g) => KEPT.has(g))) };
}
