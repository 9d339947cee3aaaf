// Two builds from src/index.ts:
//  - dist/miptech-chat.js: one minified IIFE with every dependency inside, for a plain
//    <script src> on any page (Lit in production mode: no "development" export condition);
//  - dist/esm/: ES modules for people who bundle, dependencies left as imports
//    (types come from `tsc -p tsconfig.build.json` into dist/types/).
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

const transpile = () => esbuild({ target: 'es2021', tsconfig: 'tsconfig.build.json', minify: false });

/** Fails the build if Node-only code slipped into the browser bundle. */
const noNodeCode = {
  name: 'no-node-code',
  generateBundle(_, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type === 'chunk' && /\bBuffer\.|require\(['"]crypto['"]\)|process\.env/.test(chunk.code)) {
        this.error(`${chunk.fileName} contains Node-only code (Buffer, crypto or process.env)`);
      }
    }
  },
};

export default [
  {
    input: 'src/index.ts',
    output: {
      file: 'dist/miptech-chat.js',
      format: 'iife',
      name: 'MiptechChat',
      sourcemap: true,
    },
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      transpile(),
      terser({ ecma: 2021, module: false, format: { comments: false } }),
      noNodeCode,
    ],
  },
  {
    input: 'src/index.ts',
    output: { dir: 'dist/esm', format: 'es', preserveModules: true, preserveModulesRoot: 'src', sourcemap: true },
    external: (id) => /^(lit|@lit|ky|nanoid)(\/|$)/.test(id),
    plugins: [transpile(), noNodeCode],
  },
];
