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

  it('stays well under 16 ms per keystroke on 800 sets', () => {
    const many = Array.from({ length: 800 }, (_, i) => ({
      name: `Set${i}Collection`,
      label: `Label ${i} Account`,
    }));
    const big = buildSearchIndex(many);
    const typed = 'label 79 account';
    let worst = 0;
    for (let k = 1; k <= typed.length; k++) {
      const t = performance.now();
      search(big, typed.slice(0, k));
      worst = Math.max(worst, performance.now() - t);
    }
    expect(worst).toBeLessThan(16);
  });
});
