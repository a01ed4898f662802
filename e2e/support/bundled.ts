/** What the bundled article (resources/000_dff1b5ee7486004a.txt) must look like in the reader. */
export const bundledArticle = {
  /** Derived by the importer from the first sentence: the text has no title line. */
  title:
    'Former U.S. President Donald Trump has reintroduced defense cost-sharing into ongoing ' +
    'tariff talks with key Asian allies',
  sectionHeadings: [
    'Pushback from Asian Allies',
    'Trump’s Pressure Tactics Raise Concerns',
    'South Korea’s Costly Gamble',
    "Japan's Strategic Importance",
    'Growing Nuclear Debate in Seoul',
  ],
  firstParagraphStart: 'Former U.S. President Donald Trump',
  lastParagraphStart: 'Trump’s pressure campaign has reignited debate',
} as const;
