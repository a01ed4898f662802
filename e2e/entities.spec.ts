import { expect, test, type GlossApp } from './fixtures';
import { EntitiesPanel } from './pages/EntitiesPanel';
import { bundledDocumentId, highlightThrough, NotesPanel } from './pages/NotesPanel';
import { bundledArticle } from './support/bundled';

/** Opens the bundled article (after setup through the API, so the page loads the new state). */
const openArticle = async (gloss: GlossApp): Promise<EntitiesPanel> => {
  await gloss.page.reload();
  await gloss.library.open(bundledArticle.title);
  await expect(gloss.reader.title).toHaveText(bundledArticle.title);
  const entities = new EntitiesPanel(gloss.page);
  await entities.show();
  await expect(entities.item('Donald Trump')).toBeVisible();
  return entities;
};

/** A highlight over `exact` with a note on it, made through the API. */
const noteOn = async (gloss: GlossApp, exact: string, body: string) => {
  const documentId = await bundledDocumentId(gloss);
  const highlight = await highlightThrough(gloss, documentId, exact);
  const note = await gloss.call('notes.save', {
    documentId,
    highlightId: highlight.id,
    body,
    tags: [],
  });
  if (!note.ok) throw new Error(note.error.message);
  return { highlight, note: note.value };
};

test('the bundled article: entities grouped by type, counted, with values', async ({ gloss }) => {
  const entities = await openArticle(gloss);
  const headings = await entities.groupHeadings().allTextContents();
  const order = [
    'People',
    'Organisations',
    'Places',
    'Dates',
    'Money',
    'Percentages',
    'Quantities',
    'Misc',
  ];
  const shown = headings.map((text) => text.replace(/[\d,\s]+$/, ''));
  expect(shown).toEqual(order.filter((label) => shown.includes(label)));
  expect(shown).toEqual(expect.arrayContaining(order.slice(0, 7)));

  const trump = entities.item('Donald Trump');
  await expect(trump).toHaveAccessibleName('Donald Trump, 7 mentions');
  await expect(trump).toHaveAttribute('data-entity-type', 'person');
  await expect(entities.group('People').locator('[data-entity-id]').first()).toHaveAccessibleName(
    /^Donald Trump,/,
  );
  await expect(entities.item('Japan')).toHaveAttribute('data-entity-type', 'place');
  await expect(entities.item('Japan')).toHaveAccessibleName('Japan, 7 mentions');
  const money = entities.item('$1.47 billion');
  await expect(money).toHaveAttribute('data-entity-type', 'money');
  await expect(money).toContainText('1,470,000,000 USD');
  const percent = entities.item('8.3%');
  await expect(percent).toHaveAttribute('data-entity-type', 'percent');
  await expect(percent).toContainText('8.3 %');
  const troops = entities.region.getByRole('button', { name: /^50,000\b/ });
  await expect(troops).toHaveAttribute('data-entity-type', 'quantity');
  await expect(entities.item('March 2027')).toContainText('2027-03');

  // Items are sorted by mentions: South Korea (9) leads the places.
  await expect(entities.group('Places').locator('[data-entity-id]').first()).toHaveAccessibleName(
    /^South Korea, 9 mentions/,
  );

  await entities.filter.fill('kore');
  await expect(entities.item('South Korea')).toBeVisible();
  await expect(entities.item('North Korea')).toBeVisible();
  await expect(entities.item('Japan')).toHaveCount(0);
  await entities.filter.fill('');
  await expect(entities.item('Japan')).toBeVisible();
});

test('selecting an entity marks its mentions and steps through them', async ({ gloss }) => {
  const entities = await openArticle(gloss);
  await entities.item('Donald Trump').click();
  await expect(entities.cardName).toHaveText('Donald Trump');
  await expect(entities.position()).toHaveText('Mention 1 of 7');
  await expect.poll(() => entities.markedCount()).toBe(7);
  await expect.poll(() => entities.currentMarked()).toBe(1);
  const trumpId = await entities.card.getAttribute('data-entity-card');
  await expect(entities.article).toHaveAttribute('data-entity-marked', trumpId ?? '');
  await expect(entities.article).toHaveAttribute('data-entity-mention-count', '7');
  await expect(entities.article).toHaveAttribute('data-entity-current-mention', '1');

  await entities.next();
  await expect(entities.position()).toHaveText('Mention 2 of 7');
  await gloss.page.keyboard.press(']');
  await expect(entities.position()).toHaveText('Mention 3 of 7');
  await expect(entities.article).toHaveAttribute('data-entity-current-mention', '3');
  await gloss.page.keyboard.press('[');
  await gloss.page.keyboard.press('[');
  await gloss.page.keyboard.press('[');
  await expect(entities.position()).toHaveText('Mention 7 of 7');
  await entities.previous();
  await expect(entities.position()).toHaveText('Mention 6 of 7');

  // The card's lines of context jump to their mention.
  const lines = entities.card.getByRole('region', { name: 'Mentions in the library' });
  await lines.getByRole('button').nth(3).click();
  await expect(entities.position()).toHaveText('Mention 4 of 7');

  // Keys typed in a text field are left alone.
  await entities.back.click();
  await expect(entities.navigator).toHaveCount(0);
  await expect.poll(() => entities.markedCount()).toBe(0);
  await expect(entities.article).not.toHaveAttribute('data-entity-marked');
  await entities.filter.fill('Japan');
  await entities.item('Japan').click();
  await expect(entities.position()).toHaveText('Mention 1 of 7');
  await expect.poll(() => entities.markedCount()).toBe(7);
});

test('notes link to entities automatically and by hand; links can be removed', async ({
  gloss,
}) => {
  const { highlight, note } = await noteOn(
    gloss,
    'Asia Society Policy Institute',
    'The think tank quoted on alliances.',
  );
  const entities = await openArticle(gloss);
  await entities.open('Asia Society Policy Institute');
  const linked = entities.cardNote(note.id);
  await expect(linked).toContainText('The think tank quoted on alliances.');
  await expect(linked).toContainText('linked automatically');
  await expect(linked).toHaveAttribute('data-link-kind', 'auto');

  // The Notes panel shows the link as a chip and links another entity by hand.
  const notes = new NotesPanel(gloss.page);
  await notes.show();
  const item = notes.item(highlight.id);
  const chips = item.getByRole('list', { name: 'Linked entities' }).getByRole('listitem');
  await expect(chips).toHaveCount(1);
  await expect(chips.first()).toHaveAttribute('data-link-kind', 'auto');
  await item.locator('.note-quote').click();
  await item.getByRole('button', { name: 'Link entity…' }).click();
  await item
    .getByRole('combobox', { name: 'Entity to link' })
    .selectOption({ label: 'Donald Trump' });
  await item.getByRole('button', { name: 'Link', exact: true }).click();
  await expect(chips).toHaveCount(2);
  const manual = item.locator('li[data-link-kind="manual"]');
  await expect(manual).toContainText('Donald Trump');

  // The entity filter shows the notes of one entity.
  const filter = notes.region.getByRole('combobox', { name: 'Filter by entity' });
  await filter.selectOption({ label: 'Donald Trump' });
  await expect(notes.items).toHaveCount(1);
  await filter.selectOption({ label: 'All entities' });

  // A chip opens the entity's card, which lists the link as the user's.
  await manual.getByRole('button', { name: 'Donald Trump', exact: true }).click();
  await expect(entities.cardName).toHaveText('Donald Trump');
  await expect(entities.cardNote(note.id)).toContainText('linked by you');

  // Removing the automatic link sticks, across a reload.
  await notes.show();
  await item.getByRole('button', { name: 'Remove link to Asia Society Policy Institute' }).click();
  await expect(chips).toHaveCount(1);
  await gloss.page.reload();
  await gloss.library.open(bundledArticle.title);
  await expect(
    notes.item(highlight.id).getByRole('list', { name: 'Linked entities' }).getByRole('listitem'),
  ).toHaveCount(1);
  await entities.open('Asia Society Policy Institute');
  await expect(entities.cardNote(note.id)).toHaveCount(0);
  await entities.open('Donald Trump');
  await entities.cardNote(note.id).getByRole('button', { name: 'Remove link' }).click();
  await expect(entities.cardNote(note.id)).toHaveCount(0);
});

test('corrections show at once and survive a restart', async ({ gloss }) => {
  const entities = await openArticle(gloss);

  // Rename.
  await entities.open('Asia Society Policy Institute');
  await entities.card.getByRole('button', { name: 'Rename' }).click();
  const nameBox = entities.card.getByRole('textbox', { name: 'Name' });
  await nameBox.fill('Asia Society Policy Institute (ASPI)');
  await nameBox.press('Enter');
  await expect(entities.cardName).toHaveText('Asia Society Policy Institute (ASPI)');
  await expect(entities.message).toHaveText('Renamed to “Asia Society Policy Institute (ASPI)”.');

  // Change type.
  await entities.open('Pentagon');
  await entities.card.getByRole('combobox', { name: 'Change type' }).selectOption('place');
  await expect(entities.card).toHaveAttribute('data-entity-type', 'place');
  await entities.back.click();
  await expect(entities.item('Pentagon')).toHaveAttribute('data-entity-type', 'place');

  // Merge Tokyo into Japan: Japan now has both.
  await entities.open('Tokyo');
  await entities.card.getByRole('button', { name: 'Merge into…' }).click();
  await entities.card.getByRole('combobox', { name: /^Merge “Tokyo” into/ }).selectOption({
    label: 'Japan',
  });
  await entities.card.getByRole('button', { name: 'Merge', exact: true }).click();
  await expect(entities.cardName).toHaveText('Japan');
  await expect(entities.position()).toHaveText('Mention 1 of 8');
  await entities.back.click();
  await expect(entities.item('Japan')).toHaveAccessibleName('Japan, 8 mentions');
  await expect(entities.item('Tokyo')).toHaveCount(0);

  // Split "Trump" off Donald Trump.
  await entities.open('Donald Trump');
  await entities.card.getByRole('button', { name: 'Split off Trump' }).click();
  await expect(entities.message).toHaveText('“Trump” is now an entity of its own.');
  await expect(entities.position()).toHaveText('Mention 1 of 1');
  await entities.back.click();
  await expect(entities.item('Trump')).toHaveAccessibleName('Trump, 6 mentions');

  // Hide a false one: it moves to the collapsed "Hidden" group.
  await entities.open('Asian');
  await entities.card.getByRole('button', { name: 'Hide' }).click();
  await expect(entities.card.getByRole('button', { name: 'Unhide' })).toBeVisible();
  await entities.back.click();
  const hiddenAsian = entities.group('Hidden').getByRole('button', { name: /^Asian,/ });
  await expect(hiddenAsian).toBeHidden();
  await entities.hiddenToggle.click();
  await expect(hiddenAsian).toBeVisible();

  // Add one from a selection in the reader.
  await gloss.reader.dragSelect('tariff talks');
  await entities.region.getByRole('button', { name: 'Add entity from selection' }).click();
  const form = entities.region.getByRole('form', { name: 'Add entity' });
  await expect(form).toContainText('“tariff talks”');
  await form.getByRole('combobox', { name: 'Type' }).selectOption('misc');
  await form.getByRole('button', { name: 'Add entity' }).click();
  await expect(entities.cardName).toHaveText('tariff talks');
  await expect(entities.card).toHaveAttribute('data-entity-type', 'misc');

  await gloss.restart();
  await gloss.library.open(bundledArticle.title);
  const after = new EntitiesPanel(gloss.page);
  await after.show();
  await expect(after.item('Asia Society Policy Institute (ASPI)')).toBeVisible();
  await expect(after.item('Pentagon')).toHaveAttribute('data-entity-type', 'place');
  await expect(after.item('Japan')).toHaveAccessibleName('Japan, 8 mentions');
  await expect(after.item('Tokyo')).toHaveCount(0);
  await expect(after.item('Donald Trump')).toHaveAccessibleName('Donald Trump, 1 mention');
  await expect(after.item('Trump')).toHaveAccessibleName('Trump, 6 mentions');
  await expect(after.group('Misc').getByRole('button', { name: /^Asian,/ })).toHaveCount(0);
  await expect(after.item('tariff talks')).toHaveAttribute('data-entity-type', 'misc');

  // Unhide brings it back.
  await after.hiddenToggle.click();
  await after
    .group('Hidden')
    .getByRole('button', { name: /^Asian,/ })
    .click();
  await after.card.getByRole('button', { name: 'Unhide' }).click();
  await after.back.click();
  await expect(after.group('Misc').getByRole('button', { name: /^Asian,/ })).toBeVisible();
});
