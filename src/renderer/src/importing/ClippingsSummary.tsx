import type { ClippingsReport } from '../../../shared/clippings/model';
import { bookSummary, clippingsSummary } from '../../../shared/clippings/summary';
import './clippings.css';

interface ClippingsSummaryProps {
  report: ClippingsReport;
  onOpen(documentId: string): void;
}

/**
 * What one highlights export added: a sentence (books, highlights, notes, what was already
 * there), then each book with what it got; its title opens it.
 */
export function ClippingsSummary({ report, onOpen }: ClippingsSummaryProps) {
  return (
    <section className="clippings-summary" aria-label={`Highlights from ${report.fileName}`}>
      <p className="clippings-summary-line">{clippingsSummary(report)}</p>
      <ul className="clippings-books" aria-label="Books">
        {report.books.map((book) => (
          <li key={book.documentId} className="clippings-book" data-document-id={book.documentId}>
            <button
              type="button"
              className="clippings-book-title"
              onClick={() => onOpen(book.documentId)}
            >
              {book.title}
            </button>
            <span className="clippings-book-detail">
              {book.author ? `${book.author} · ` : ''}
              {book.created ? 'new · ' : ''}
              {bookSummary(book)}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
