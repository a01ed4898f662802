import { useEffect, useState } from 'react';
import { carriesFiles, takeEarlyDrops } from './earlyDrops';

/**
 * Files dropped anywhere on the window go to `onFiles`; answers whether files are being
 * dragged over it, for the drop overlay. Other drags (selected text) are left alone.
 */
export const useFileDrop = (onFiles: (files: File[]) => void): boolean => {
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // dragenter and dragleave fire for every element crossed: count them to know when the
    // drag has really left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth += 1;
      setDragging(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      // Without this the drop would not be allowed (and Electron would open the file).
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = Array.from(event.dataTransfer?.files ?? []);
      if (files.length > 0) onFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    // Files dropped while the app was starting (importing/earlyDrops.ts).
    const early = takeEarlyDrops();
    if (early.length > 0) onFiles(early);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onFiles]);

  return dragging;
};
