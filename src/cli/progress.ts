/** Where a long command shows how far it is: stderr, redrawn in place on a terminal. */
export interface ProgressOutput {
  /** Shows `done` of `total` and what is under way. */
  update(done: number, total: number, current: string | null): void;
  /** Clears the line (terminal) before the command's own output. */
  end(): void;
}

const barWidth = 24;

/** "[#########---------------]  120/10,000  Title" */
export const progressText = (done: number, total: number, current: string | null): string => {
  const filled = total > 0 ? Math.round((done / total) * barWidth) : 0;
  const bar = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]`;
  const count = `${done.toLocaleString('en')}/${total.toLocaleString('en')}`;
  return current ? `${bar}  ${count}  ${current}` : `${bar}  ${count}`;
};

/** One line redrawn in place, cut to the terminal's width. */
export const terminalProgress = (
  write: (text: string) => void,
  columns: number,
): ProgressOutput => ({
  update: (done, total, current) => {
    write(`\r\u001b[2K${progressText(done, total, current).slice(0, Math.max(10, columns - 1))}`);
  },
  end: () => write('\r\u001b[2K'),
});

/** A line per whole percent (or per item when fewer than 100), for logs (--progress). */
export const lineProgress = (line: (text: string) => void): ProgressOutput => {
  let shown = -1;
  return {
    update: (done, total, current) => {
      const step = total > 0 ? Math.floor((done * 100) / total) : 0;
      if (step === shown) return;
      shown = step;
      line(progressText(done, total, current));
    },
    end: () => undefined,
  };
};

export const noProgress: ProgressOutput = { update: () => undefined, end: () => undefined };

/** What the CLI knows of its terminal and of Ctrl+C (see index.ts). */
export interface ProgressIo {
  err: (line: string) => void;
  /** Set when stderr is a terminal: progress is drawn there, in place. */
  terminal?: { write(text: string): void; columns: number };
  /** Aborted on Ctrl+C: a long command stops cleanly instead of dying half-way. */
  interrupted?: AbortSignal;
}

/** Progress on a terminal always; elsewhere only when asked for (--progress), a line a step. */
export const progressFor = (io: ProgressIo, asked: boolean): ProgressOutput => {
  if (io.terminal) return terminalProgress((text) => io.terminal?.write(text), io.terminal.columns);
  return asked ? lineProgress(io.err) : noProgress;
};

/** How often a running export is asked how far it is. */
export const pollMs = 100;

export const pause = (ms: number): Promise<void> =>
  new Promise((resolve) => {
    setTimeout(resolve, ms);
  });
