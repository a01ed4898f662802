import type { EditorThemeClasses } from 'lexical';

/** Maps Lexical nodes to the reader's stylesheet (reader/reader.css). */
export const readerTheme: EditorThemeClasses = {
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
};
