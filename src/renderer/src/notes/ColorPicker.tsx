import type { HighlightColor } from '../../../shared/annotations';
import { colorNames, highlightColors } from '../annotations/colors';

interface ColorPickerProps {
  /** Names the group, so it is told apart from the colour filter. */
  label: string;
  isOn(color: HighlightColor): boolean;
  onPick(color: HighlightColor): void;
  disabled?: boolean;
}

/** Five colour buttons named by colour; the ones that apply are pressed. */
export function ColorPicker({ label, isOn, onPick, disabled }: ColorPickerProps) {
  return (
    <div className="color-picker" role="group" aria-label={label}>
      {highlightColors.map((color) => (
        <button
          key={color}
          type="button"
          className="color-chip"
          data-color={color}
          aria-pressed={isOn(color)}
          aria-label={colorNames[color]}
          title={colorNames[color]}
          disabled={disabled}
          onClick={() => onPick(color)}
        >
          <span className="swatch" data-color={color} aria-hidden="true" />
        </button>
      ))}
    </div>
  );
}
