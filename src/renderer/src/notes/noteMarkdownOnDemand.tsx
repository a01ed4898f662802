import type { ComponentType } from 'react';
import { lazyComponent } from '../ui/lazyComponent';
import type { NoteMarkdownProps } from './NoteMarkdown';

/**
 * NoteMarkdown with the Markdown stack (react-markdown, remark, micromark: about a tenth of the
 * renderer's code) in a chunk of its own, loaded by the first note shown; until then the note
 * reads as its plain source text.
 */
export const NoteMarkdown: ComponentType<NoteMarkdownProps> = lazyComponent(
  () => import('./NoteMarkdown').then((module) => module.NoteMarkdown),
  ({ body }) => <div className="note-body">{body}</div>,
);
