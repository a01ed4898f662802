interface ShortcutsButtonProps {
  onClick(): void;
}

/** The reader header's way to the shortcuts sheet, for those who do not know about `?`. */
export function ShortcutsButton({ onClick }: ShortcutsButtonProps) {
  return (
    <button
      type="button"
      className="icon-button shortcuts-button"
      aria-label="Keyboard shortcuts"
      title="Keyboard shortcuts (?)"
      aria-haspopup="dialog"
      onClick={onClick}
    >
      <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
        <rect
          x="2"
          y="5"
          width="16"
          height="10.5"
          rx="2"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.4"
        />
        <path
          d="M5.5 8.3h1M9.5 8.3h1M13.5 8.3h1M5.5 11.8h.01M7.5 12.3h5M14.5 11.8h.01"
          stroke="currentColor"
          strokeWidth="1.5"
          strokeLinecap="round"
        />
      </svg>
    </button>
  );
}
