import type { Plugin, Rollup } from 'vite';

/** The modules of the renderer's app chunk, whose chunk the page fetches at once. */
const appModule = /[\\/]appRoot\.tsx$/;

/**
 * The reading font's Latin face: the first screen's text asks for it as soon as it is laid out;
 * fetched with the page instead, the text is more often drawn in it at once than redrawn in it.
 */
const readingFont = /literata-latin-wght-normal-[^/]*\.woff2$/;

const isChunk = (output: Rollup.OutputChunk | Rollup.OutputAsset): output is Rollup.OutputChunk =>
  output.type === 'chunk';

/**
 * The page's first script (main.tsx) is small and starts the first screen; the app (React,
 * Lexical, the features) is a chunk it imports only once the first screen is drawn, so its
 * evaluation does not hold up drawing it. This plugin lets the browser fetch and compile that
 * chunk and the chunks it imports from the start, in parallel with the first script, by listing
 * them as `modulepreload` links in index.html: importing it later then only evaluates it. The
 * app's stylesheet and the reading font are preloaded too.
 */
export const preloadAppChunk = (): Plugin => ({
  name: 'gloss-preload-app-chunk',
  apply: 'build',
  transformIndexHtml: {
    order: 'post',
    handler: (html, context) => {
      const bundle = context.bundle ?? {};
      const chunks = Object.values(bundle).filter(isChunk);
      const app = chunks.find(
        (chunk) => chunk.facadeModuleId !== null && appModule.test(chunk.facadeModuleId),
      );
      if (!app) throw new Error('preloadAppChunk: no chunk for appRoot.tsx in the renderer build');
      // The page's own entry (which the app shares modules with) is already a script of it.
      const entries = new Set(
        chunks.filter((chunk) => chunk.isEntry).map((chunk) => chunk.fileName),
      );
      const scripts = [app.fileName, ...app.imports].filter((file) => !entries.has(file));
      // Its stylesheet is added by the import itself; fetched now, it is there by then.
      const styles = [...(app.viteMetadata?.importedCss ?? [])];
      const fonts = Object.keys(bundle).filter((file) => readingFont.test(file));
      return [
        ...scripts.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        })),
        ...styles.map((file) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'style', crossorigin: '', href: `./${file}` },
          injectTo: 'head' as const,
        })),
        ...fonts.map((file) => ({
          tag: 'link',
          attrs: {
            rel: 'preload',
            as: 'font',
            type: 'font/woff2',
            crossorigin: '',
            href: `./${file}`,
          },
          injectTo: 'head' as const,
        })),
      ];
    },
  },
});
