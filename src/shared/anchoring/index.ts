export { anchorAll, anchorRange, type AnchorResult } from './anchor';
export {
  describeRange,
  maxQuoteContextLength,
  quoteContextLength,
  rangeSelectorsSchema,
  textPositionSelectorSchema,
  textQuoteSelectorSchema,
  type RangeSelectors,
  type TextPositionSelector,
  type TextQuoteSelector,
} from './selectors';
