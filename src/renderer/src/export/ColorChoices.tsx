import type { HighlightColor } from '../../../shared/annotations';
import { colorNames, highlightColors } from '../annotations/colors';

interface ColorChoicesProps {
  chosen: ReadonlySet<HighlightColor>;
  onToggle(color: HighlightColor): void;
}

/** Which highlights go into an Anki deck, by colour: all five to begin with. */
export function ColorChoices({ chosen, onToggle }: ColorChoicesProps) {
  return (
    <fieldset className="export-choices export-colors">
      <legend className="export-label">Highlights</legend>
      {highlightColors.map((color) => (
        <label key={color} className="export-choice" data-color={color}>
          <input type="checkbox" checked={chosen.has(color)} onChange={() => onToggle(color)} />
          <span className="swatch" aria-hidden="true" />
          <span>{colorNames[color]}</span>
        </label>
      ))}
      <p className="export-hint">A card for each highlight of the colours ticked.</p>
    </fieldset>
  );
}
