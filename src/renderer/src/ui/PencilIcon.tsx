export function PencilIcon() {
  return (
    <svg className="icon" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <path
        d="M12.6 4.4l3 3M4 16l.8-3.6 9.1-9.1a1.4 1.4 0 0 1 2 0l.8.8a1.4 1.4 0 0 1 0 2l-9.1 9.1z"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.4"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}
