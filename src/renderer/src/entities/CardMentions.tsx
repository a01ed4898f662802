import { useState, type ReactNode } from 'react';
import type { CardMention, Mention } from '../../../shared/entities';
import { countText } from './format';

interface CardMentionsProps {
  mentions: readonly CardMention[];
  /** The open document: its mentions are buttons that jump to them in the reader. */
  documentId: string;
  /** The selected entity's mentions in the open document, as the reader steps through them. */
  here: readonly Mention[];
  /** Mentions across the library; the card lists at most cardMentionLimit of them. */
  total: number;
  currentIndex: number;
  onJump(index: number): void;
}

/** How many lines a document shows before "Show all". */
const firstLines = 12;

interface DocumentGroup {
  documentId: string;
  title: string;
  mentions: CardMention[];
}

const byDocument = (mentions: readonly CardMention[], openId: string): DocumentGroup[] => {
  const groups = new Map<string, DocumentGroup>();
  for (const mention of mentions) {
    let group = groups.get(mention.documentId);
    if (!group) {
      group = { documentId: mention.documentId, title: mention.documentTitle, mentions: [] };
      groups.set(mention.documentId, group);
    }
    group.mentions.push(mention);
  }
  // The open document first: its mentions are the ones the reader can show.
  return [...groups.values()].sort(
    (a, b) => Number(b.documentId === openId) - Number(a.documentId === openId),
  );
};

/** A line of context: the core's words around the mention (with its own "…"), the mention marked. */
const mentionLine = (mention: CardMention): ReactNode => (
  <>
    {mention.before}
    <mark className="mention-text">{mention.text}</mark>
    {mention.after}
  </>
);

/** Every mention of the entity across the library, grouped by document, with its context. */
export function CardMentions(props: CardMentionsProps) {
  const { mentions, documentId, here, total, currentIndex, onJump } = props;
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  if (mentions.length === 0) return null;
  const indexByStart = new Map(here.map((mention, index) => [mention.start, index]));

  return (
    <section className="entity-card-section" aria-label="Mentions in the library">
      <h4 className="entity-card-heading">Mentions</h4>
      {byDocument(mentions, documentId).map((group) => {
        const open = group.documentId === documentId;
        const all = expanded.has(group.documentId);
        const shown = all ? group.mentions : group.mentions.slice(0, firstLines);
        return (
          <div className="mention-group" key={group.documentId}>
            <h5 className="mention-group-title">
              {open ? 'This document' : group.title}
              <span className="entity-group-count">
                <span className="visually-hidden">, </span>
                {countText(open ? here.length : group.mentions.length)}
              </span>
            </h5>
            <ol className="mention-lines">
              {shown.map((mention) => {
                const index = open ? indexByStart.get(mention.start) : undefined;
                return (
                  <li key={`${mention.start}-${mention.end}`}>
                    {index === undefined ? (
                      <p className="mention-line">{mentionLine(mention)}</p>
                    ) : (
                      <button
                        type="button"
                        className="mention-line mention-line-button"
                        aria-current={index === currentIndex ? 'true' : undefined}
                        onClick={() => onJump(index)}
                      >
                        {mentionLine(mention)}
                      </button>
                    )}
                  </li>
                );
              })}
            </ol>
            {group.mentions.length > shown.length && (
              <button
                type="button"
                className="link-button"
                onClick={() => setExpanded((last) => new Set([...last, group.documentId]))}
              >
                Show all {countText(group.mentions.length)}
              </button>
            )}
          </div>
        );
      })}
      {total > mentions.length && (
        <p className="entity-card-muted">
          The first {countText(mentions.length)} of {countText(total)} mentions are listed.
        </p>
      )}
    </section>
  );
}
