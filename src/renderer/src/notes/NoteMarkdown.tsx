import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';

export interface NoteMarkdownProps {
  body: string;
}

/*
 * Gloss is offline and denies navigation, so a link would lead nowhere and a remote image would
 * only trip the content security policy: both are shown as text instead.
 */
const components: Components = {
  a: ({ children, href }) => (
    <span className="note-link" title={href}>
      {children}
    </span>
  ),
  img: ({ alt }) => (alt ? <span className="note-image-alt">[{alt}]</span> : null),
};

/**
 * A note's Markdown as React elements. Raw HTML in the note is dropped, never rendered.
 * Memoised: parsing is the costly part, and the panel re-renders on every annotation change.
 */
export const NoteMarkdown = memo(function NoteMarkdown({ body }: NoteMarkdownProps) {
  return (
    <div className="note-body">
      <Markdown skipHtml components={components}>
        {body}
      </Markdown>
    </div>
  );
});
