/*
 * Highlight exports written for the tests, in the wording each device documents (see
 * kindleMetadata.ts and README, "Highlights from Kindle, KOReader and Readwise").
 */

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** One clipping as a Kindle writes it: title, metadata, a blank line, the text, the separator. */
export const kindleEntry = (title: string, metadata: string, text = ''): string =>
  `\uFEFF${title}\r\n- ${metadata}\r\n\r\n${text}\r\n==========\r\n`;

/** Each language's three kinds of metadata line: highlight, note, bookmark. */
export const kindleHeaders = {
  English: [
    'Your Highlight on page 12 | Location 140-142 | Added on Monday, March 13, 2023 10:12:33 PM',
    'Your Note on page 12 | Location 142 | Added on Monday, March 13, 2023 10:13:00 PM',
    'Your Bookmark on page 15 | Location 180 | Added on Tuesday, March 14, 2023 8:01:02 AM',
  ],
  'English, older Kindles': [
    'Highlight on Page 12 | Loc. 140-42  | Added on Monday, March 13, 2023, 10:12 PM',
    'Note on Page 12 | Loc. 142  | Added on Monday, March 13, 2023, 10:13 PM',
    'Bookmark on Page 15 | Loc. 180  | Added on Tuesday, March 14, 2023, 08:01 AM',
  ],
  German: [
    'Ihre Markierung auf Seite 12 | Position 140-142 | Hinzugefügt am Montag, 13. März 2023 22:12:33',
    'Ihre Notiz auf Seite 12 | Position 142 | Hinzugefügt am Montag, 13. März 2023 22:13:00',
    'Ihr Lesezeichen auf Seite 15 | Position 180 | Hinzugefügt am Dienstag, 14. März 2023 08:01:02',
  ],
  French: [
    'Votre surlignement sur la page 12 | emplacement 140-142 | Ajouté le lundi 13 mars 2023 22:12:33',
    'Votre note sur la page 12 | emplacement 142 | Ajouté le lundi 13 mars 2023 22:13:00',
    'Votre signet sur la page 15 | emplacement 180 | Ajouté le mardi 14 mars 2023 08:01:02',
  ],
  Spanish: [
    'Tu subrayado en la página 12 | posición 140-142 | Añadido el lunes, 13 de marzo de 2023 22:12:33',
    'Tu nota en la página 12 | posición 142 | Añadido el lunes, 13 de marzo de 2023 22:13:00',
    'Tu marcador en la página 15 | posición 180 | Añadido el martes, 14 de marzo de 2023 08:01:02',
  ],
  Italian: [
    'La tua evidenziazione a pagina 12 | posizione 140-142 | Aggiunto in data lunedì 13 marzo 2023 22:12:33',
    'La tua nota a pagina 12 | posizione 142 | Aggiunto in data lunedì 13 marzo 2023 22:13:00',
    'Il tuo segnalibro a pagina 15 | posizione 180 | Aggiunto in data martedì 14 marzo 2023 08:01:02',
  ],
  Portuguese: [
    'Seu destaque na página 12 | posição 140-142 | Adicionado: segunda-feira, 13 de março de 2023 22:12:33',
    'Sua nota na página 12 | posição 142 | Adicionado: segunda-feira, 13 de março de 2023 22:13:00',
    'Seu marcador na página 15 | posição 180 | Adicionado: terça-feira, 14 de março de 2023 08:01:02',
  ],
  Japanese: [
    '12ページ|位置No. 140-142のハイライト |作成日: 2023年3月13日月曜日 22:12:33',
    '12ページ|位置No. 142のメモ |作成日: 2023年3月13日月曜日 22:13:00',
    '15ページ|位置No. 180のブックマーク |作成日: 2023年3月14日火曜日 8:01:02',
  ],
  Chinese: [
    '您在第 12 页（位置 #140-142）的标注 | 添加于 2023年3月13日星期一 下午10:12:33',
    '您在第 12 页（位置 #142）的笔记 | 添加于 2023年3月13日星期一 下午10:13:00',
    '您在第 15 页（位置 #180）的书签 | 添加于 2023年3月14日星期二 上午8:01:02',
  ],
} as const;

/** A small My Clippings.txt: two books, a note, a bookmark, a highlight extended once. */
export const kindleClippings = (): string =>
  [
    kindleEntry(
      'The Art of Reading (Smith, Jane)',
      'Your Highlight on page 3 | Location 40-42 | Added on Monday, March 13, 2023 9:00:00 PM',
      'Reading is a conversation.',
    ),
    kindleEntry(
      'The Art of Reading (Smith, Jane)',
      'Your Highlight on page 7 | Location 90-93 | Added on Monday, March 13, 2023 9:05:00 PM',
      'Slow down to see.',
    ),
    kindleEntry(
      'The Art of Reading (Smith, Jane)',
      'Your Highlight on page 7 | Location 90-95 | Added on Monday, March 13, 2023 9:06:00 PM',
      'Slow down to see what the words do.',
    ),
    kindleEntry(
      'The Art of Reading (Smith, Jane)',
      'Your Note on page 7 | Location 95 | Added on Monday, March 13, 2023 9:07:00 PM',
      'The core of the book.',
    ),
    kindleEntry(
      'The Art of Reading (Smith, Jane)',
      'Your Bookmark on page 9 | Location 120 | Added on Monday, March 13, 2023 9:08:00 PM',
    ),
    kindleEntry(
      'Notes from Underground (Dostoevsky, Fyodor)',
      'Your Highlight on page 1 | Location 5-6 | Added on Tuesday, March 14, 2023 7:00:00 AM',
      'I am a sick man.',
    ),
  ].join('');

export const kindleFileBytes = (text: string = kindleClippings()): Uint8Array => utf8(text);

export const koreaderJson = (): string =>
  JSON.stringify({
    created_on: 1_700_000_000,
    version: 'v2024.04',
    documents: [
      {
        title: 'Walden',
        author: 'Henry David Thoreau',
        file: '/mnt/onboard/Walden.epub',
        entries: [
          {
            chapter: 'Solitude',
            page: 140,
            time: 1_700_000_100,
            sort: 'highlight',
            drawer: 'lighten',
            color: 'green',
            text: 'I have a great deal of company in my house.',
            note: 'Especially in the morning.',
          },
          {
            chapter: 'Economy',
            page: 12,
            time: 1_700_000_000,
            sort: 'highlight',
            drawer: 'lighten',
            color: 'red',
            text: 'The mass of men lead lives of quiet desperation.',
          },
        ],
      },
    ],
  });

export const koreaderMarkdown = (): string =>
  [
    '# Walden',
    '##### Henry David Thoreau',
    '',
    '## Economy',
    '### Page 12 @ 14 November 2023 10:13:20 PM',
    '*The mass of men lead lives of quiet desperation.*',
    '',
    '## Solitude',
    '### Page 140 @ 14 November 2023 10:15:00 PM',
    '==I have a great deal of company in my house.==',
    '',
    '---',
    'Especially in the morning.',
    '',
  ].join('\n');

export const readwiseCsv = (): string =>
  [
    'Highlight,Book Title,Book Author,Amazon Book ID,Note,Color,Tags,Location Type,Location,Highlighted at,Document tags',
    '"He said, ""read slowly"", twice.",Deep Work,Cal Newport,B00X47ZVXM,"A note, with a comma\nand a second line",blue,"focus, deep work",location,1520,2023-05-12 14:35:00+00:00,productivity',
    'Clarity about what matters,Deep Work,Cal Newport,B00X47ZVXM,,pink,,location,300,2023-05-10 09:00:00+00:00,',
    'A page highlight,Essays,Montaigne,,,yellow,,page,45,2023-06-01 12:00:00+00:00,',
  ].join('\r\n') + '\r\n';

export { utf8 };
