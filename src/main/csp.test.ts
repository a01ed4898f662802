import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../shared/bridge';

const indexHtml = readFileSync(path.resolve(__dirname, '../renderer/index.html'), 'utf8');
const metaPolicy = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/u.exec(indexHtml)?.[1];

const directives = (policy: string): string[] =>
  policy
    .split(';')
    .map((directive) => directive.trim())
    .filter(Boolean);

describe('the renderer’s Content-Security-Policy', () => {
  it('is the shells’ policy in the page’s <meta> too, but for what a <meta> cannot set', () => {
    const expected = directives(contentSecurityPolicy).filter(
      (directive) => !directive.startsWith('frame-ancestors'),
    );
    expect(directives(metaPolicy ?? '')).toEqual(expected);
  });

  it('allows no plugins, no <base> and no form submission', () => {
    expect(directives(metaPolicy ?? '')).toEqual(
      expect.arrayContaining(["object-src 'none'", "base-uri 'none'", "form-action 'none'"]),
    );
  });
});
