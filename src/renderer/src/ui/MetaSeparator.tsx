/**
 * The dot between items of a metadata line. Sighted readers get the dot, screen readers a comma,
 * so neighbouring items never run together into one word.
 */
export function MetaSeparator() {
  return (
    <span className="meta-sep">
      <span className="visually-hidden">, </span>
      <span aria-hidden="true">·</span>
    </span>
  );
}
