import { describe, expect, it } from 'vitest';
import { htmlToText } from './htmlText';

describe('htmlToText', () => {
  it('joins the text of block elements with blank lines and drops scripts and styles', () => {
    const html =
      '<!doctype html><html><head><title>Ignored</title><style>p{color:red}</style></head>' +
      '<body><h1>Big &amp; News</h1><div>Intro <b>bold</b>\n  text<p>One<br>two.</p>' +
      '<script>var x = "Seoul";</script></div><ul><li>A</li><li>B</li></ul></body></html>';
    expect(htmlToText(html)).toBe('Big & News\n\nIntro bold text\n\nOne two.\n\nA\n\nB');
  });

  it('reads a fragment without <html>', () => {
    expect(htmlToText('<p>Just a fragment</p><p> Two </p>')).toBe('Just a fragment\n\nTwo');
  });
});
