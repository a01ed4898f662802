import { describe, expect, it } from 'vitest';
import { type NameSpan } from '../../../shared/entities';
import { createNerExtractor } from './extractor';
import { entityTags, labelsToSpans, spansToLabels } from './labels';
import { applyNameRules } from './rules';
import { sentenceView } from './tagger';
import { shippedModel } from './testing';

const model = shippedModel();

/**
 * Runs the rules on one sentence whose tagger labels are given as marked-up spans:
 * "[U.S.]LOC [Forces Japan]LOC said" (tokens separated by spaces).
 */
const rulesOn = (markup: string): string[] => {
  const tokens: string[] = [];
  const spans: { first: number; end: number; type: number }[] = [];
  for (const match of markup.matchAll(/\[([^\]]+)\](PER|ORG|LOC|MISC)|(\S+)/gu)) {
    const [, inner, tag, plain] = match;
    if (plain !== undefined) {
      tokens.push(plain);
      continue;
    }
    const first = tokens.length;
    tokens.push(...(inner ?? '').split(' '));
    spans.push({ first, end: tokens.length, type: entityTags.indexOf(tag as 'PER') });
  }
  const view = sentenceView(tokens);
  const labels = spansToLabels(tokens.length, spans);
  applyNameRules(view, labels, model.gazetteer);
  return labelsToSpans(labels).map(
    (span) => `${entityTags[span.type] ?? '?'}:${tokens.slice(span.first, span.end).join(' ')}`,
  );
};

describe('name rules on tagger labels', () => {
  it('joins a place and the organisation head word after it into one organisation', () => {
    expect(rulesOn('The [U.S.]LOC [Forces Japan]LOC commander spoke .')).toEqual([
      'ORG:U.S. Forces Japan',
    ]);
    expect(rulesOn('He flew [Japan]LOC Airlines to [Seoul]LOC on Monday .')).toEqual([
      'ORG:Japan Airlines',
      'LOC:Seoul',
    ]);
    expect(rulesOn('The [U.S.]LOC Department of Homeland Security said so .')).toEqual([
      'ORG:U.S. Department of Homeland Security',
    ]);
    expect(rulesOn('The [U.S.]LOC [Army]ORG [Europe]LOC moved .')).toEqual([
      'ORG:U.S. Army Europe',
    ]);
  });

  it('stops the organisation at a title and leaves titles and lowercase words alone', () => {
    expect(rulesOn('The [U.S.]LOC Army Gen. [Mark Milley]PER spoke .')).toEqual([
      'ORG:U.S. Army',
      'PER:Mark Milley',
    ]);
    const title = 'Then [Hong Kong]LOC Financial Secretary [Paul Chan]PER spoke .';
    expect(rulesOn(title)).toEqual(['LOC:Hong Kong', 'PER:Paul Chan']);
    expect(rulesOn('Many [U.S.]LOC forces stayed in [Korea]LOC .')).toEqual([
      'LOC:U.S.',
      'LOC:Korea',
    ]);
    expect(rulesOn('[Seoul]LOC [Army]ORG')).toEqual(['ORG:Seoul Army']);
  });

  it('calls an unknown capitalised name after a preposition an organisation', () => {
    expect(rulesOn('She posted the video on Bright Horizon , a new site .')).toEqual([
      'ORG:Bright Horizon',
    ]);
    expect(rulesOn('The shares were sold by Hike Metal Products last year .')).toEqual([
      'ORG:Hike Metal Products',
    ]);
  });

  it('leaves names, titles, dates and parts of longer names untouched', () => {
    expect(rulesOn('She spoke with Mary Beth about it .')).toEqual([]);
    expect(rulesOn('Voters went to the polls on Super Tuesday this year .')).toEqual([]);
    expect(rulesOn('It was sponsored by the Commission on Presidential Debates .')).toEqual([]);
    expect(rulesOn('He met with Prime Minister officials .')).toEqual([]);
    expect(rulesOn('She travelled with His Royal entourage .')).toEqual([]);
    expect(rulesOn('They spent the summer in New Mexico .')).toEqual([]);
  });

  it('drops an abbreviated title tagged as a name and trims one off the end', () => {
    expect(rulesOn('[Gen.]ORG [Paul LaCamera]PER spoke .')).toEqual(['PER:Paul LaCamera']);
    expect(rulesOn('The [U.S. Army Gen.]ORG [Mark Milley]PER spoke .')).toEqual([
      'ORG:U.S. Army',
      'PER:Mark Milley',
    ]);
    // A leading title may belong to a stage name; the entity pipeline trims people's titles.
    expect(rulesOn('It was produced by [Dr. Luke]PER and others .')).toEqual(['PER:Dr. Luke']);
  });

  it('does nothing in headlines, where every word is capitalised', () => {
    const headline = 'Commander Of [U.S.]LOC [Forces Korea]LOC Visits Troops On Bright Horizon';
    expect(rulesOn(headline)).toEqual(['LOC:U.S.', 'LOC:Forces Korea']);
  });
});

describe('name rules through the extractor, on text other than the bundled article', () => {
  const extractor = createNerExtractor(model);
  const named = (text: string): string[] =>
    extractor.extract(text).map((s: NameSpan) => `${s.type}:${text.slice(s.start, s.end)}`);

  it('finds whole military organisations and drops lone titles', () => {
    const text =
      'Gen. Paul LaCamera, who led U.S. Forces Japan, spoke in Tokyo.\n' +
      'The U.S. Army Gen. Mark Milley met reporters in Washington.';
    expect(named(text)).toEqual([
      'person:Paul LaCamera',
      'organization:U.S. Forces Japan',
      'place:Tokyo',
      'organization:U.S. Army',
      'person:Mark Milley',
      'place:Washington',
    ]);
  });

  it('finds a platform the model has never seen, and its later mentions', () => {
    const text =
      'The clip spread on Rumble Feed before it was removed. ' +
      'A spokesperson for Rumble Feed declined to comment.';
    expect(named(text)).toEqual(['organization:Rumble Feed', 'organization:Rumble Feed']);
  });
});
