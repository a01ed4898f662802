/*
 * Control characters (C0, DEL, C1) in a title make a terminal obey them: `ESC ] 0 ; … BEL` sets
 * its title, `ESC [ 31 m` its colours. Metadata taken from imported files is cleaned of them,
 * and whatever the CLI prints is escaped, so none reaches the terminal.
 */

const lineBreaksAndTabs = /[\t\n\v\f\r\u0085]+/gu;
const controls = /\p{Cc}/gu;

/**
 * One line of metadata (a title, a byline, a site name): line breaks and tabs become spaces,
 * other control characters go, spaces are trimmed. Null when nothing is left.
 */
export const withoutControls = (text: string | null): string | null => {
  if (text === null) return null;
  const clean = text.replace(lineBreaksAndTabs, ' ').replace(controls, '').trim();
  return clean === '' ? null : clean;
};

const escaped = (character: string): string => {
  const code = character.codePointAt(0) ?? 0;
  return `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
};

/**
 * Text for a terminal: every control character but those listed in `keep` (the line breaks
 * and tabs the output itself uses) is shown escaped, as `\x1B`.
 */
export const forTerminal = (text: string, keep = '\n\t'): string =>
  text.replace(controls, (character) =>
    keep.includes(character) ? character : escaped(character),
  );
