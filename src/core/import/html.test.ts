import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../shared/text';
import { thrown } from '../library/testing';
import { declaredCharset, parseHtml } from './html';

const page = (head: string, body: string): string =>
  `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;

const article = page(
  `<title>Night Trains Return | The Rail Review</title>
   <meta name="author" content="Ann Writer">
   <meta property="og:site_name" content="The Rail Review">
   <meta property="article:published_time" content="2024-05-01T10:00:00Z">
   <style>p { color: red } .secret { content: "style text" }</style>
   <script>window.stolen = "script text";</script>`,
  `<nav><a href="/">Home</a> <a href="/about">About us</a></nav>
   <article>
     <h1>Night Trains Return</h1>
     <p onclick="alert('handler text')">Sleeper trains are back across Europe, and
       <a href="javascript:alert('link text')">operators</a> say demand is <em>strong</em>.</p>
     <h2>Why now</h2>
     <p>Flying has lost some of its shine, and rail companies have noticed the change.</p>
     <blockquote><p>We sold out the first month in a week.</p></blockquote>
     <ul><li>Vienna to Paris</li><li>Berlin to Brussels<ul><li>via Cologne</li></ul></li></ul>
     <form action="/subscribe"><label>Your email for the form text</label>
       <input name="email" value="input text"><button>Button text</button></form>
     <iframe src="https://example.com/ad">iframe text</iframe>
     <svg onload="alert(1)"><text>svg text</text><script>svg script</script></svg>
     <p>Tickets go on sale <img src="x" onerror="alert('img')" alt="">next month.</p>
     <pre>line one
line two</pre>
   </article>`,
);

describe('parseHtml', () => {
  const parsed = parseHtml('trains.html', article);
  const text = canonicalText(parsed.blocks);

  it('keeps the article as headings, paragraphs, quotes and list items', () => {
    expect(parsed.title).toBe('Night Trains Return');
    expect(parsed.blocks).toEqual([
      {
        kind: 'paragraph',
        text: 'Sleeper trains are back across Europe, and operators say demand is strong.',
      },
      { kind: 'heading', level: 2, text: 'Why now' },
      {
        kind: 'paragraph',
        text: 'Flying has lost some of its shine, and rail companies have noticed the change.',
      },
      { kind: 'quote', text: 'We sold out the first month in a week.' },
      { kind: 'listItem', text: 'Vienna to Paris' },
      { kind: 'listItem', text: 'Berlin to Brussels' },
      { kind: 'listItem', text: 'via Cologne' },
      { kind: 'paragraph', text: 'Tickets go on sale next month.' },
      { kind: 'paragraph', text: 'line one' },
      { kind: 'paragraph', text: 'line two' },
    ]);
  });

  it('keeps the byline, site name and published date', () => {
    expect(parsed.byline).toBe('Ann Writer');
    expect(parsed.siteName).toBe('The Rail Review');
    expect(parsed.publishedAt).toBe('2024-05-01T10:00:00Z');
  });

  it('lets no script, style, form, iframe, svg, handler or javascript: URL through', () => {
    for (const leak of [
      'script text',
      'style text',
      'color',
      'form text',
      'input text',
      'Button text',
      'iframe text',
      'svg text',
      'svg script',
      'handler text',
      'alert',
      'javascript',
      'onclick',
      'Home',
      '<',
    ]) {
      expect(text).not.toContain(leak);
    }
  });

  it('takes the first heading as the title when the page has no title', () => {
    const untitled = parseHtml('a.html', page('', '<h2>Field Notes</h2><p>The first entry.</p>'));
    expect(untitled.title).toBe('Field Notes');
    expect(untitled.blocks).toEqual([{ kind: 'paragraph', text: 'The first entry.' }]);
    expect(untitled.byline).toBeNull();
  });

  it('refuses a page without readable text, naming the file', () => {
    for (const html of [
      page('<title>Empty</title>', ''),
      page('', '<script>only("code")</script><style>p{}</style>'),
      page('', '<form><input><button>Go</button></form>'),
    ]) {
      const error = thrown(() => parseHtml('blank.html', html));
      expect(error.code).toBe('empty_document');
      expect(error.message).toContain('“blank.html” has no readable article');
    }
  });

  it('finds the charset a page declares', () => {
    const bytes = (html: string) => new TextEncoder().encode(html);
    expect(declaredCharset(bytes('<meta charset="windows-1252"><p>x'))).toBe('windows-1252');
    expect(
      declaredCharset(
        bytes('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'),
      ),
    ).toBe('ISO-8859-1');
    expect(declaredCharset(bytes('<p>no declaration</p>'))).toBeUndefined();
  });
});
