/*
 * Files dropped on the window while the app is still starting (the first screen is up, React
 * has not run yet): caught here from the page's first script (startup.ts) and handed to the
 * importer when its drop listener starts (useFileDrop), so a quick drop is imported, not lost,
 * and never makes the browser open the file in place of the app.
 */

let caught: File[] = [];
let catching = false;

/** Whether a drag carries files (not selected text, which is left alone). */
export const carriesFiles = (event: DragEvent): boolean =>
  event.dataTransfer?.types.includes('Files') ?? false;

const allow = (event: DragEvent) => {
  if (carriesFiles(event)) event.preventDefault();
};

const keep = (event: DragEvent) => {
  if (!carriesFiles(event)) return;
  event.preventDefault();
  caught.push(...Array.from(event.dataTransfer?.files ?? []));
};

/** Starts catching drops. Called once, from startup.ts. */
export const catchEarlyDrops = (): void => {
  if (catching || typeof window === 'undefined') return;
  catching = true;
  window.addEventListener('dragenter', allow);
  window.addEventListener('dragover', allow);
  window.addEventListener('drop', keep);
};

/** Stops catching and answers the files dropped so far (once: later calls answer none). */
export const takeEarlyDrops = (): File[] => {
  if (catching) {
    window.removeEventListener('dragenter', allow);
    window.removeEventListener('dragover', allow);
    window.removeEventListener('drop', keep);
    catching = false;
  }
  const files = caught;
  caught = [];
  return files;
};
