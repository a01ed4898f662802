/**
 * The reader's classes for each kind of block (reader/reader.css): the reader's Lexical theme
 * (renderer reader/readerTheme.ts) and the article's first screen (shared/firstScreen.ts), which
 * must lay the text out the same.
 */
export const readerClasses = {
  paragraph: 'article-p',
  quote: 'article-quote',
  heading: {
    h2: 'article-h article-h2',
    h3: 'article-h article-h3',
    h4: 'article-h article-h4',
    h5: 'article-h article-h5',
    h6: 'article-h article-h6',
  },
  list: {
    ul: 'article-list',
    ol: 'article-list article-list-ordered',
    listitem: 'article-li',
  },
} as const;
