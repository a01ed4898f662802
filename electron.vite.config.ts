import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import { lazySchemas } from './scripts/lazySchemas';
import { preloadAppChunk } from './scripts/preloadAppChunk';
import { pureSchemas } from './scripts/pureSchemas';

// One build serves every shell: the Electron main process, the browser-mode server and the CLI
// are entries of the same Node bundle, so they share one copy of the core.
export default defineConfig({
  main: {
    build: {
      // zod is bundled, not loaded from node_modules: as ~100 separate files it cost every start
      // (server, CLI) about 120 ms of CPU; bundled and in V8's compile cache, about half that.
      // wink-nlp likewise: 60 small files, loaded by the entity engine's chunk.
      externalizeDeps: { exclude: ['zod', 'wink-nlp'] },
      rollupOptions: {
        input: {
          index: resolve('src/main/index.ts'),
          server: resolve('src/server/entry.ts'),
          cli: resolve('src/cli/entry.ts'),
          // The contract over stdin/stdout, one JSON line a call: what the kill soak drives.
          stdio: resolve('src/stdio/index.ts'),
        },
      },
    },
    // Each shared zod schema is built on its first use, not when its module loads: a process
    // (a `gloss` command, the server) builds only the schemas it reads.
    plugins: [lazySchemas()],
    // Imported JSON (the tagger's tables) becomes one JSON.parse of a string, never an object
    // literal: Vite's default does so only for some large values, and left the 290 KB gazetteer
    // as 46,000 lines of literals that V8 parsed on every start of the tagger, its compile cache
    // holding only the chunk's top level.
    json: { stringify: true, namedExports: false },
  },
  preload: {
    // The preload runs sandboxed, where require() of packages is unavailable: bundle everything.
    build: {
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve('src/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'src/renderer',
    // Minified: the renderer parses less JavaScript before the first paint (startup bench).
    build: {
      minify: true,
      rollupOptions: {
        input: resolve('src/renderer/index.html'),
        // Building a zod schema has no side effect: a schema the renderer never uses (the shared
        // modules define them beside the functions it imports) is left out, and zod with them.
      },
    },
    plugins: [react(), pureSchemas(), preloadAppChunk()],
  },
});
