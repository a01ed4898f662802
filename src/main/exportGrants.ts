/**
 * In Electron, `export.write` may write only where the user just pointed the native dialog: the
 * main process remembers the last path its dialog returned to each window, and refuses an
 * export to any other path. A compromised page can then not write into ~/.bashrc, however it
 * calls the API. (Browser mode has no native dialog; there the path is typed by the user.)
 */
export interface ExportGrants {
  /** Records the path the dialog returned to `sender`'s window, replacing the previous one. */
  grant(sender: object, path: string): void;
  /** Whether an export.write `input` from `sender` targets the path its dialog last returned. */
  allows(sender: object, input: unknown): boolean;
}

export const createExportGrants = (): ExportGrants => {
  // Keyed by the window's WebContents, so a closed window's grant goes with it.
  const granted = new WeakMap<object, string>();
  return {
    grant: (sender, path) => granted.set(sender, path),
    allows: (sender, input) => {
      const path = (input as { path?: unknown } | null)?.path;
      const chosen = granted.get(sender);
      return typeof path === 'string' && chosen !== undefined && path.trim() === chosen;
    },
  };
};
