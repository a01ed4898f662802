import { useLayoutEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import { highlightColors, type HighlightColor } from '../../../shared/annotations';
import { colorNames } from '../annotations/colors';
import { placeToolbar } from './placeToolbar';
import type { ReaderSelection } from './useReaderSelection';

interface SelectionToolbarProps {
  selection: ReaderSelection;
  /** 'reattach' while an orphan waits for its new text: then the only choices are attach or cancel. */
  mode: 'create' | 'reattach';
  color: HighlightColor;
  onHighlight(color: HighlightColor): void;
  onAddNote(): void;
  onAttach(): void;
  onCancelAttach(): void;
}

/** Arrow keys move between the buttons, as in any toolbar. */
const onToolbarKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
  const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
  if (step === undefined) return;
  const buttons = [...event.currentTarget.querySelectorAll('button')];
  const index = buttons.findIndex((button) => button === document.activeElement);
  const next = buttons[(index + step + buttons.length) % buttons.length];
  if (!next) return;
  event.preventDefault();
  next.focus();
};

/**
 * The small bar that floats over a text selection in the reader: five colours and "Add note",
 * or "Attach here" while an orphan is being re-attached. Pressing a button must not take the
 * selection away, so mousedown is cancelled; the click then acts on the selection as it is.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { selection, mode, color } = props;
  const ref = useRef<HTMLDivElement>(null);

  // Placed after layout and before paint, from its own measured size: it never shows elsewhere.
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const size = { width: element.offsetWidth, height: element.offsetHeight };
    const reader = element.closest('.reader')?.getBoundingClientRect() ?? null;
    const viewport = { width: window.innerWidth, height: window.innerHeight };
    const placement = placeToolbar(selection.rect, size, viewport, reader);
    element.style.top = `${placement.top}px`;
    element.style.left = `${placement.left}px`;
    element.dataset.placement = placement.side;
  }, [selection, mode]);

  let buttons: ReactNode;
  if (mode === 'reattach') {
    buttons = (
      <>
        <button type="button" className="toolbar-text-button" onClick={props.onAttach}>
          Attach here
        </button>
        <button type="button" className="toolbar-text-button" onClick={props.onCancelAttach}>
          Cancel
        </button>
      </>
    );
  } else {
    buttons = (
      <>
        {highlightColors.map((choice) => (
          <button
            key={choice}
            type="button"
            className="toolbar-swatch"
            data-color={choice}
            aria-pressed={choice === color}
            aria-label={colorNames[choice]}
            title={`${colorNames[choice]}${choice === color ? ' (h)' : ''}`}
            onClick={() => props.onHighlight(choice)}
          />
        ))}
        <span className="toolbar-divider" aria-hidden="true" />
        <button
          type="button"
          className="toolbar-text-button"
          title="Add note (n)"
          onClick={props.onAddNote}
        >
          Add note
        </button>
      </>
    );
  }

  return (
    <div
      ref={ref}
      className="selection-toolbar"
      role="toolbar"
      aria-label="Highlight"
      onMouseDown={(event) => event.preventDefault()}
      onKeyDown={onToolbarKeyDown}
    >
      {buttons}
    </div>
  );
}
