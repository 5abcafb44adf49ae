import { describe, expect, it } from 'vitest';
import { buildSearchIndex, search } from '../../../../shared/odata/search';

const rows = [
  { name: 'ContactCollection', label: 'Contact' },
  { name: 'CorporateAccountCollection', label: 'Corporate Account' },
  { name: 'AccountTeamCollection', label: 'Konto Team' },
  { name: 'OpportunityCollection', label: null },
];

describe('explorer search', () => {
  const index = buildSearchIndex(rows);
  it('matches names and labels, case-insensitive, every word, name prefix first', () => {
    expect(search(index, '')).toEqual([0, 1, 2, 3]);
    expect(search(index, 'account')).toEqual([2, 1]);
    expect(search(index, 'konto')).toEqual([2]);
    expect(search(index, 'corp acc')).toEqual([1]);
    expect(search(index, 'nothing')).toEqual([]);
  });

  // The time per keystroke is measured by npm run bench (scripts/bench/edmx.mjs), not asserted here.
  it('finds the one matching set among 800 as the user types', () => {
    const many = Array.from({ length: 800 }, (_, i) => ({
      name: `Set${i}Collection`,
      label: `Label ${i} Account`,
    }));
    const big = buildSearchIndex(many);
    const hits = search(big, 'label 79 account');
    expect(hits).toContain(79);
    expect(hits.every((i) => String(i).includes('79'))).toBe(true);
    expect(search(big, 'set79collection')).toEqual([79]);
    expect(search(big, 'label 7').length).toBeGreaterThan(1);
  });
});
