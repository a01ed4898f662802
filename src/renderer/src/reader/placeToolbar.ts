/** A box in viewport coordinates. */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  top: number;
  left: number;
  /** Above the selection, or below it when there is no room above. */
  side: 'above' | 'below';
}

const margin = 8;
const gap = 8;

const clamp = (value: number, low: number, high: number): number =>
  Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Where the selection toolbar goes: centred above the selection, flipped below it near the top
 * of the reader, and always kept inside both the reader and the window.
 */
export const placeToolbar = (
  selection: Box,
  size: { width: number; height: number },
  viewport: { width: number; height: number },
  reader: Box | null,
): Placement => {
  const area = {
    top: Math.max(0, reader?.top ?? 0) + margin,
    bottom: Math.min(viewport.height, reader?.bottom ?? viewport.height) - margin,
    left: Math.max(0, reader?.left ?? 0) + margin,
    right: Math.min(viewport.width, reader?.right ?? viewport.width) - margin,
  };
  const above = selection.top - gap - size.height;
  const side = above >= area.top ? 'above' : 'below';
  const wanted = side === 'above' ? above : selection.bottom + gap;
  const centre = (selection.left + selection.right) / 2;
  return {
    top: Math.round(clamp(wanted, area.top, area.bottom - size.height)),
    left: Math.round(clamp(centre - size.width / 2, area.left, area.right - size.width)),
    side,
  };
};
