import { describe, expect, it } from 'vitest';
import { formatDate, monthLabel, periodEnd, toDate } from '../../../src/lib/dates';

const iso = (d: Date) => d.toISOString();

describe('toDate', () => {
  it('reads a year, a month or a day as midnight UTC at the start of the period', () => {
    expect(iso(toDate('2025'))).toBe('2025-01-01T00:00:00.000Z');
    expect(iso(toDate('2025-08'))).toBe('2025-08-01T00:00:00.000Z');
    expect(iso(toDate('2025-08-13'))).toBe('2025-08-13T00:00:00.000Z');
  });
});

describe('periodEnd', () => {
  it('is the first instant after the year, the month or the day', () => {
    expect(iso(periodEnd('2025'))).toBe('2026-01-01T00:00:00.000Z');
    expect(iso(periodEnd('2025-08'))).toBe('2025-09-01T00:00:00.000Z');
    expect(iso(periodEnd('2025-08-13'))).toBe('2025-08-14T00:00:00.000Z');
  });

  it('rolls over the end of a year and the end of February', () => {
    expect(iso(periodEnd('2025-12'))).toBe('2026-01-01T00:00:00.000Z');
    expect(iso(periodEnd('2025-12-31'))).toBe('2026-01-01T00:00:00.000Z');
    expect(iso(periodEnd('2024-02-28'))).toBe('2024-02-29T00:00:00.000Z');
    expect(iso(periodEnd('2026-02'))).toBe('2026-03-01T00:00:00.000Z');
  });
});

describe('formatDate', () => {
  it('writes what the data knows, day first, without leading zeros', () => {
    expect(formatDate('2025-08-03')).toBe('3 Aug 2025');
    expect(formatDate('2025-08')).toBe('Aug 2025');
    expect(formatDate('2018')).toBe('2018');
  });

  it('shares the month and year of a range within one month', () => {
    expect(formatDate('2025-10-30', '2025-10-31')).toBe('30–31 Oct 2025');
  });

  it('writes both ends of a range across months or years', () => {
    expect(formatDate('2025-10-30', '2025-11-02')).toBe('30 Oct 2025 – 2 Nov 2025');
    expect(formatDate('2025-12-30', '2026-01-02')).toBe('30 Dec 2025 – 2 Jan 2026');
    expect(formatDate('2025-08', '2026-02')).toBe('Aug 2025 – Feb 2026');
  });
});

describe('monthLabel', () => {
  it('names the UTC month, or its initial for narrow axes', () => {
    expect(monthLabel(new Date(Date.UTC(2025, 7, 31, 23, 30)))).toBe('Aug');
    expect(monthLabel(new Date(Date.UTC(2026, 0, 1)), true)).toBe('J');
  });
});
