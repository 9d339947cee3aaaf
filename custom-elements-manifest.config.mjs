// `cem analyze` (npm run build): dist/custom-elements.json, for editors, documentation tools and
// framework typings (scripts/manifest/).
import { miptechManifest } from './scripts/manifest/plugin.mjs';

export default {
  globs: ['src/miptech-chat.ts', 'src/chat-attributes.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [miptechManifest()],
};
