interface TagListProps {
  tags: readonly string[];
}

/** A note's or highlight's tags as read-only chips; nothing when there are none. */
export function TagList({ tags }: TagListProps) {
  if (tags.length === 0) return null;
  return (
    <ul className="tag-list" aria-label="Tags">
      {tags.map((tag) => (
        <li className="tag-chip" key={tag}>
          {tag}
        </li>
      ))}
    </ul>
  );
}
