import { describe, expect, it } from 'vitest';
import { pageUrl } from './sameUrl';

describe('pageUrl', () => {
  it('names one page however its address is written', () => {
    const one = pageUrl('https://www.example.com/news/2025/troops/');
    expect(pageUrl('http://example.com/news/2025/troops#comments')).toBe(one);
    expect(pageUrl('  HTTPS://Example.COM/news/2025/troops  ')).toBe(one);
  });

  it('keeps what tells pages apart: path, query and port', () => {
    const page = pageUrl('https://example.com/news/troops');
    expect(pageUrl('https://example.com/news/troops-2')).not.toBe(page);
    expect(pageUrl('https://example.com/news/troops?page=2')).not.toBe(page);
    expect(pageUrl('https://example.com:8080/news/troops')).not.toBe(page);
    expect(pageUrl('https://example.org/news/troops')).not.toBe(page);
  });

  it('is null for what is not a web address', () => {
    expect(pageUrl('not a url')).toBeNull();
    expect(pageUrl('file:///home/me/page.html')).toBeNull();
    expect(pageUrl('javascript:alert(1)')).toBeNull();
  });
});
