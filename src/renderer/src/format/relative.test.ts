import { describe, expect, it } from 'vitest';
import { formatRelative } from './relative';

const now = Date.parse('2025-06-15T12:00:00Z');
const ago = (seconds: number) => new Date(now - seconds * 1000).toISOString();
const fallback = () => 'a date';

describe('formatRelative', () => {
  it('speaks of recent times relatively and of old ones by date', () => {
    expect(formatRelative(ago(10), fallback, now)).toBe('just now');
    expect(formatRelative(ago(5 * 60), fallback, now)).toBe('5 minutes ago');
    expect(formatRelative(ago(3 * 3600), fallback, now)).toBe('3 hours ago');
    expect(formatRelative(ago(26 * 3600), fallback, now)).toBe('yesterday');
    expect(formatRelative(ago(14 * 86400), fallback, now)).toBe('2 weeks ago');
    expect(formatRelative(ago(60 * 86400), fallback, now)).toBe('a date');
  });

  it('shows an unparseable value as stored', () => {
    expect(formatRelative('not a date', fallback, now)).toBe('not a date');
  });
});
