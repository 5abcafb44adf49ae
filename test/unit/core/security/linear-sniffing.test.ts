/**
 * Issue 9, defect 2: what a server sends is sniffed in linear time. 352 KB of `<edmx:Edmx `
 * blocked the event loop for seconds with the old regular expression; the same for `<message`.
 * Times are compared with a normal answer of the same size measured in the same run.
 */
import { performance } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { checkOData, looksLikeHtml } from '../../../../electron/core/connection/odata-check';
import { odataErrorMessage } from '../../../../electron/core/odata/http';

const SIZE = 2 * 1024 * 1024;
const repeat = (unit: string) => unit.repeat(Math.ceil(SIZE / unit.length));

function ms(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

describe('sniffing a hostile answer takes about as long as a normal one', () => {
  const normal = `<?xml version="1.0"?><edmx:Edmx Version="1.0">${repeat('<EntitySet Name="A"/>')}</edmx:Edmx>`;
  const bombs = [
    repeat('<edmx:Edmx '),
    repeat('<edmx:Edmx Version'),
    repeat('<service '),
    repeat('<a:message '),
    repeat('<message>'),
    `<edmx:Edmx${repeat(' ')}`,
  ];

  it('checkOData and looksLikeHtml', () => {
    const base = ms(() => checkOData({}, normal));
    for (const bomb of bombs) {
      const took = ms(() => {
        checkOData({}, bomb);
        looksLikeHtml('', bomb);
      });
      expect(took, `${bomb.slice(0, 12)}…`).toBeLessThan(base + 100);
    }
  });

  it('the OData error text of an XML error page', () => {
    const base = ms(() => odataErrorMessage(repeat('<x>y</x>')));
    for (const bomb of bombs) expect(ms(() => odataErrorMessage(bomb))).toBeLessThan(base + 100);
  });

  it('still reads what a real answer says', () => {
    expect(checkOData({}, normal)).toMatchObject({ isODataV2: true, kind: 'metadata' });
    expect(checkOData({}, '<edmx:Edmx Version="4.0"><EntitySet Name="A"/></edmx:Edmx>')).toMatchObject({
      isODataV2: false,
      entitySets: 1,
      reason: 'EDMX version 4.0',
    });
    expect(
      checkOData(
        {},
        "<?xml version='1.0'?><service xmlns='x'><workspace><collection href='A'/><collection href='B'/></workspace></service>",
      ),
    ).toMatchObject({ isODataV2: true, kind: 'service-document', entitySets: 2 });
    expect(checkOData({}, '<services><collectionx/></services>').kind).toBe('unknown');
    expect(looksLikeHtml('', '  \n<!DOCTYPE html><html>')).toBe(true);
    expect(looksLikeHtml('', '<?xml version="1.0"?><html>')).toBe(false);
    expect(
      odataErrorMessage('<error><code>X</code><message xml:lang="en">Bad &amp; sad</message></error>'),
    ).toBe('Bad & sad');
    expect(odataErrorMessage('<m:error><m:message>Nope</m:message></m:error>')).toBe('Nope');
    expect(odataErrorMessage('<message>unclosed')).toBeNull();
  });
});
