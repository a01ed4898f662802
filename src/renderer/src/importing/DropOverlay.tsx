/** Shown while files are dragged over the window: dropping them anywhere imports them. */
export function DropOverlay() {
  return (
    <div className="drop-overlay" data-testid="drop-overlay">
      <p className="drop-overlay-text">Drop files to import</p>
      <p className="drop-overlay-hint">
        Text (.txt), Markdown (.md), HTML (.html), PDF (.pdf) or EPUB (.epub)
      </p>
    </div>
  );
}
