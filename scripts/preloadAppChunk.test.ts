import type { IndexHtmlTransformContext, Rollup } from 'vite';
import { describe, expect, it } from 'vitest';
import { preloadAppChunk } from './preloadAppChunk';

const chunk = (fileName: string, facade: string | null, imports: string[], isEntry = false) =>
  ({
    type: 'chunk',
    fileName,
    facadeModuleId: facade,
    imports,
    isEntry,
    viteMetadata: {
      importedCss: new Set(facade?.endsWith('appRoot.tsx') ? ['assets/app.css'] : []),
    },
  }) as unknown as Rollup.OutputChunk;

const transform = (bundle: Record<string, Rollup.OutputChunk>) => {
  const hook = preloadAppChunk().transformIndexHtml as {
    handler: (html: string, context: IndexHtmlTransformContext) => unknown;
  };
  return hook.handler('<html></html>', { bundle } as unknown as IndexHtmlTransformContext);
};

describe('preloadAppChunk', () => {
  it('lists the app chunk, the chunks it imports and its stylesheet, not the page entry', () => {
    const tags = transform({
      entry: chunk('assets/index.js', '/src/main.tsx', [], true),
      app: chunk('assets/appRoot.js', '/src/appRoot.tsx', ['assets/index.js', 'assets/react.js']),
      react: chunk('assets/react.js', null, []),
      'assets/literata-latin-wght-normal-AbC.woff2': {
        type: 'asset',
      } as unknown as Rollup.OutputChunk,
    });
    expect(tags).toEqual([
      expect.objectContaining({
        attrs: expect.objectContaining({ rel: 'modulepreload', href: './assets/appRoot.js' }),
      }),
      expect.objectContaining({
        attrs: expect.objectContaining({ rel: 'modulepreload', href: './assets/react.js' }),
      }),
      expect.objectContaining({
        attrs: expect.objectContaining({ rel: 'preload', as: 'style', href: './assets/app.css' }),
      }),
      expect.objectContaining({
        attrs: expect.objectContaining({
          rel: 'preload',
          as: 'font',
          href: './assets/literata-latin-wght-normal-AbC.woff2',
        }),
      }),
    ]);
  });

  it('fails the build when the app chunk is missing, rather than starting it late unnoticed', () => {
    expect(() => transform({ entry: chunk('assets/index.js', '/src/main.tsx', [], true) })).toThrow(
      /appRoot/,
    );
  });
});
