export function LibraryIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d="M3.5 3.5h3v13h-3zM8.5 3.5h3v13h-3zM13.2 4.4l2.9-.8 3 12.2-2.9.8z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinejoin="round"
      />
    </svg>
  );
}
