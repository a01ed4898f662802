import type { MouseEvent } from 'react';
import { flushSync } from 'react-dom';

interface SkipLinkProps {
  /** Makes the reader visible first (on narrow windows the library may cover it). */
  onSkip(): void;
}

/** The first tab stop: jumps keyboard users past the library straight to the article. */
export function SkipLink({ onSkip }: SkipLinkProps) {
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus directly instead of following the fragment: no navigation, no history entry.
    event.preventDefault();
    flushSync(onSkip);
    document.getElementById('reader')?.focus();
  };
  return (
    <a className="skip-link" href="#reader" onClick={skip}>
      Skip to reader
    </a>
  );
}
