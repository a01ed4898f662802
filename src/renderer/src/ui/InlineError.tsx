interface InlineErrorProps {
  title: string;
  message: string;
}

/** A failure told in words where it happened; never a stack trace. */
export function InlineError({ title, message }: InlineErrorProps) {
  return (
    <div className="inline-error" role="alert">
      <p className="inline-error-title">{title}</p>
      <p className="inline-error-message">{message}</p>
    </div>
  );
}
