interface ReaderEmptyProps {
  title: string;
  hint: string;
}

export function ReaderEmpty({ title, hint }: ReaderEmptyProps) {
  return (
    <div className="reader-empty">
      <p className="reader-empty-title">{title}</p>
      <p className="reader-empty-hint">{hint}</p>
    </div>
  );
}
