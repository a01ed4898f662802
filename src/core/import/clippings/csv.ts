/**
 * Rows of RFC 4180 CSV: fields separated by commas, a field in double quotes may hold commas,
 * line breaks and doubled quotes. Rows end in CRLF or LF. Throws on a quote left open (a
 * truncated file) or stray text after a closing quote, naming the row.
 */
export const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let afterQuote = false;
  let rowNumber = 1;
  const endField = () => {
    row.push(field);
    field = '';
    afterQuote = false;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else {
        quoted = false;
        afterQuote = true;
      }
      continue;
    }
    if (char === ',') endField();
    else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index += 1;
      endField();
      rows.push(row);
      row = [];
      rowNumber += 1;
    } else if (char === '"' && field === '' && !afterQuote) quoted = true;
    else if (afterQuote) {
      throw new Error(`row ${rowNumber} has text after a closing quote`);
    } else field += char;
  }
  if (quoted) throw new Error(`row ${rowNumber} opens a quote that never closes`);
  if (field !== '' || row.length > 0 || afterQuote) {
    endField();
    rows.push(row);
  }
  return rows;
};
