import type { EditorThemeClasses } from 'lexical';
import { readerClasses } from '../../../shared/readerClasses';

/** Maps Lexical nodes to the reader's stylesheet (reader/reader.css). */
export const readerTheme: EditorThemeClasses = readerClasses;
