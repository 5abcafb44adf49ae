import { describe, expect, it } from 'vitest';
import { readAtomFeed, readJsonFeed } from '../../../../electron/core/odata/feed-reader';
import { odataErrorMessage } from '../../../../electron/core/odata/http';
import { CodedError } from '../../../../shared/result';

const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xml:base="https://my1.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/" xmlns="http://www.w3.org/2005/Atom" xmlns:m="http://schemas.microsoft.com/ado/2007/08/dataservices/metadata" xmlns:d="http://schemas.microsoft.com/ado/2007/08/dataservices">
 <id>x</id><title type="text">CorporateAccountCollection</title>
 <m:count>1234</m:count>
 <entry>
  <id>a</id>
  <link href="CorporateAccountCollection('A1')/Contact" rel="http://schemas.microsoft.com/ado/2007/08/dataservices/related/Contact" type="application/atom+xml;type=feed">
   <m:inline><feed><entry><content type="application/xml"><m:properties><d:Name>NESTED</d:Name></m:properties></content></entry></feed></m:inline>
  </link>
  <content type="application/xml">
   <m:properties>
    <d:ObjectID>A1</d:ObjectID>
    <d:Name>Müller &amp; Söhne</d:Name>
    <d:Revenue m:null="true"/>
    <d:Address><d:City>Berlin</d:City><d:Country>DE</d:Country></d:Address>
   </m:properties>
  </content>
 </entry>
 <entry><content type="application/xml"><m:properties><d:ObjectID>A2</d:ObjectID><d:Name></d:Name></m:properties></content></entry>
 <link rel="next" href="https://my1.crm.ondemand.com/sap/c4c/odata/v1/c4codataapi/CorporateAccountCollection?$skiptoken=1000"/>
</feed>`;

describe('query answers', () => {
  it('reads a C4C Atom feed: rows, null, complex parts, count, next link; skips inline feeds', () => {
    const feed = readAtomFeed(atom);
    expect(feed.count).toBe(1234);
    expect(feed.next).toMatch(/\$skiptoken=1000$/);
    expect(feed.rows).toEqual([
      {
        ObjectID: 'A1',
        Name: 'Müller & Söhne',
        Revenue: null,
        'Address/City': 'Berlin',
        'Address/Country': 'DE',
      },
      { ObjectID: 'A2', Name: '' },
    ]);
  });

  it('reads V2 JSON: results, __count, __next, dates, deferred and expanded navigation', () => {
    const feed = readJsonFeed(
      JSON.stringify({
        d: {
          __count: '2',
          results: [
            {
              __metadata: { uri: 'x' },
              Name: 'A',
              Created: '/Date(1714557600000)/',
              Active: true,
              Contact: { __deferred: { uri: 'y' } },
              Items: { results: [{}, {}] },
            },
          ],
          __next: 'CorporateAccountCollection?$skiptoken=2',
        },
      }),
    );
    expect(feed).toEqual({
      rows: [{ Name: 'A', Created: '2024-05-01T10:00:00.000Z', Active: true, Contact: null, Items: '[2]' }],
      count: 2,
      next: 'CorporateAccountCollection?$skiptoken=2',
    });
    expect(readJsonFeed('{"d":[{"a":1}]}').rows).toEqual([{ a: 1 }]);
    expect(readJsonFeed('{"d":{"a":1}}').rows).toEqual([{ a: 1 }]);
  });

  it('refuses what is not an OData answer', () => {
    expect(() => readJsonFeed('{"value":[]}')).toThrow(CodedError);
    expect(() => readAtomFeed('<html><body>Logon</body></html>')).toThrow(/not an OData feed/);
    expect(() => readAtomFeed('<!DOCTYPE x [<!ENTITY a "b">]><feed/>')).toThrow(/DTD/);
  });

  it('finds the service’s own error text in JSON and XML', () => {
    expect(
      odataErrorMessage('{"error":{"code":"1","message":{"lang":"en","value":"Property X not found"}}}'),
    ).toBe('Property X not found');
    expect(
      odataErrorMessage(
        '<error xmlns="m"><code>1</code><message xml:lang="en">Bad &amp; wrong</message></error>',
      ),
    ).toBe('Bad & wrong');
    expect(odataErrorMessage('nothing')).toBeNull();
  });
});
