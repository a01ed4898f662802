/** The app's name as a quiet typographic mark; decorative text, so it is not a heading. */
export function Wordmark() {
  return (
    <p className="wordmark">
      <span className="wordmark-mark" aria-hidden="true">
        G
      </span>
      Gloss
    </p>
  );
}
