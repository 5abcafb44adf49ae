import { existsSync, readFileSync } from 'node:fs';
import { request } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import forge from 'node-forge';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  notAssignedMessage,
  QUIRK_MESSAGE,
  startPracticeTenant,
  type PracticeTenant,
} from '../../../electron/core/practice-tenant';
import { sharedTestPki } from '../../servers';
import { parseODataError, parseSapMessage } from '../../../shared/odata/odata-error';
import { curl, curlFails } from './curl';

interface Feed<T> {
  d: { results: T[]; __count?: string; __next?: string };
}
interface Account {
  AccountID: string;
  Name: string;
  CountryCode: string;
  CreatedOn: string;
  __metadata: { uri: string; type: string };
}

describe('practice tenant', () => {
  let tenant: PracticeTenant;
  let dataFolder: string;
  let p12: { path: string; password: string };
  beforeAll(async () => {
    dataFolder = await mkdtemp(join(tmpdir(), 'c4c-practice-test-'));
    tenant = await startPracticeTenant({ dataFolder });
    p12 = { path: tenant.p12Path, password: tenant.p12Password };
  });
  afterAll(async () => {
    await tenant.stop();
    await rm(dataFolder, { recursive: true, force: true });
  });

  it('writes the key pair and CA into a practice-tenant folder of the data folder', () => {
    expect(tenant.p12Path).toBe(join(dataFolder, 'practice-tenant', 'practice-key-pair.p12'));
    expect(existsSync(tenant.p12Path)).toBe(true);
    expect(existsSync(tenant.caPath)).toBe(true);
    expect(tenant.serviceUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/sap\/c4c\/odata\/v1\/c4codataapi\/$/);
    expect(tenant.p12Password).toMatch(/^[A-Za-z0-9]{20}$/);
    expect(tenant.password).not.toBe(tenant.p12Password);
  });

  it('answers the service document and entity sets in Atom XML by default (client certificate)', async () => {
    const doc = await curl(tenant.serviceUrl, { caPath: tenant.caPath, p12 });
    expect(doc.status).toBe(200);
    expect(doc.headers.dataserviceversion).toBe('2.0');
    expect(doc.body).toContain('<collection href="CorporateAccountCollection">');

    const feed = await curl(`${tenant.serviceUrl}CorporateAccountCollection?$top=2&$inlinecount=allpages`, {
      caPath: tenant.caPath,
      p12,
    });
    expect(feed.status).toBe(200);
    expect(feed.headers['content-type']).toContain('application/atom+xml');
    const xml = new XMLParser({ ignoreAttributes: false }).parse(feed.body) as {
      feed: { 'm:count': number; entry: { content: { 'm:properties': Record<string, unknown> } }[] };
    };
    expect(xml.feed['m:count']).toBe(300);
    expect(xml.feed.entry).toHaveLength(2);
    expect(xml.feed.entry[0]!.content['m:properties']['d:AccountID']).toBe(1000001);
  });

  it('answers JSON with $format=json: $filter eq and startswith, $select, $orderby, $skip', async () => {
    const base = `${tenant.serviceUrl}CorporateAccountCollection?$format=json`;
    const eq = await curl(
      `${base}&$filter=CountryCode%20eq%20'FR'%20and%20startswith(Name,'Account%2021')&$inlinecount=allpages`,
      {
        caPath: tenant.caPath,
        p12,
      },
    );
    const eqBody = JSON.parse(eq.body) as Feed<Account>;
    expect(eqBody.d.results.map((a) => a.Name)).toEqual([
      'Account 21 Paris GmbH',
      'Account 213 Paris GmbH',
      'Account 219 Paris GmbH',
    ]);
    expect(eqBody.d.__count).toBe('3');
    expect(eqBody.d.results[0]!.CreatedOn).toMatch(/^\/Date\(\d+\)\/$/);
    expect(eqBody.d.results[0]!.__metadata.type).toBe('c4codata.CorporateAccount');

    const sorted = await curl(`${base}&$select=AccountID,Name&$orderby=AccountID%20desc&$top=2&$skip=1`, {
      caPath: tenant.caPath,
      p12,
    });
    const sortedBody = JSON.parse(sorted.body) as Feed<Record<string, unknown>>;
    expect(sortedBody.d.results.map((a) => a.AccountID)).toEqual(['1000299', '1000298']);
    expect(Object.keys(sortedBody.d.results[0]!).sort()).toEqual(['AccountID', 'Name', '__metadata']);
  });

  it('pages long answers with __next at 1,000 rows a page, as C4C does, and follows it to the end', async () => {
    let url: string | undefined = `${tenant.serviceUrl}ServiceRequestCollection?$format=json&$select=ID`;
    const seen: unknown[] = [];
    const sizes: number[] = [];
    while (url) {
      const answer = await curl(url, { caPath: tenant.caPath, p12 });
      const body = JSON.parse(answer.body) as Feed<{ ID: string }>;
      seen.push(...body.d.results.map((c) => c.ID));
      sizes.push(body.d.results.length);
      url = body.d.__next;
    }
    expect(sizes).toEqual([1000, 1000, 500]);
    expect(new Set(seen).size).toBe(2500);
  });

  it('follows the account-to-contacts navigation by path and by $expand (JSON and Atom)', async () => {
    const account = `${tenant.serviceUrl}CorporateAccountCollection('0000000000000000000000000000A001')`;
    const byPath = await curl(`${account}/CorporateAccountHasContactPerson?$format=json`, {
      caPath: tenant.caPath,
      p12,
    });
    const contacts = JSON.parse(byPath.body) as Feed<{ AccountID: string }>;
    expect(contacts.d.results.map((c) => c.AccountID)).toEqual(['1000001', '1000001']);
    const expanded = await curl(`${account}?$format=json&$expand=CorporateAccountHasContactPerson`, {
      caPath: tenant.caPath,
      p12,
    });
    const one = JSON.parse(expanded.body) as {
      d: { Name: string; CorporateAccountHasContactPerson: { results: unknown[] } };
    };
    expect(one.d.Name).toBe('Account 1 Berlin GmbH');
    expect(one.d.CorporateAccountHasContactPerson.results).toHaveLength(2);
    const atom = await curl(`${account}?$expand=CorporateAccountHasContactPerson`, {
      caPath: tenant.caPath,
      p12,
    });
    expect(atom.body.match(/<entry>/g)).toHaveLength(2); // the inline contacts (the outer one has xml:base)
    expect(atom.body).toContain('<m:inline><feed>');
    const missing = await curl(`${tenant.serviceUrl}CorporateAccountCollection('nope')?$format=json`, {
      caPath: tenant.caPath,
      p12,
    });
    expect(missing.status).toBe(404);
    const badFilter = await curl(`${tenant.serviceUrl}CorporateAccountCollection?$filter=Secret%20eq%201`, {
      caPath: tenant.caPath,
      p12,
    });
    expect(badFilter.status).toBe(400);
    expect(badFilter.body).toContain('Property Secret is not part of CorporateAccount.');
  });

  it('lets a Node client in with the PEM key and whole chain taken out of the .p12', async () => {
    const bag = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(readFileSync(tenant.p12Path).toString('binary')),
      tenant.p12Password,
    );
    const keyOid = forge.pki.oids.pkcs8ShroudedKeyBag!;
    const certOid = forge.pki.oids.certBag!;
    const key = bag.getBags({ bagType: keyOid })[keyOid]![0]!.key!;
    const certBags = bag.getBags({ bagType: certOid })[certOid]!;
    const certs = certBags.map((b) => forge.pki.certificateToPem(b.cert!));
    expect(certs).toHaveLength(2);
    const status = await new Promise<number>((resolve, reject) => {
      request(
        tenant.serviceUrl,
        { key: forge.pki.privateKeyToPem(key), cert: certs.join(''), ca: tenant.caPem },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      )
        .on('error', reject)
        .end();
    });
    expect(status).toBe(200);
  });

  it('answers $count as plain text and JSON for Accept: application/json', async () => {
    const count = await curl(
      `${tenant.serviceUrl}ContactCollection/$count?$filter=AccountID%20eq%20'1000010'`,
      {
        caPath: tenant.caPath,
        p12,
      },
    );
    expect(count.body).toBe('2');
    const json = await curl(`${tenant.serviceUrl}OpportunityCollection?$top=1`, {
      caPath: tenant.caPath,
      p12,
      headers: { accept: 'application/json' },
    });
    expect(json.headers['content-type']).toContain('application/json');
    expect((JSON.parse(json.body) as Feed<{ ClosedFlag: boolean }>).d.results[0]!.ClosedFlag).toBe(false);
  });

  it('serves a C4C-shaped $metadata (EDMX 1.0, namespace c4codata, sap: annotations)', async () => {
    const answer = await curl(`${tenant.serviceUrl}$metadata`, { caPath: tenant.caPath, p12 });
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<edmx:Edmx Version="1.0"');
    expect(answer.body).toContain('<Schema Namespace="c4codata"');
    expect(answer.body).toContain(
      '<EntitySet Name="CorporateAccountCollection" EntityType="c4codata.CorporateAccount"',
    );
    expect(answer.body).toContain('sap:filterable="true"');
  });

  it('gives a CSRF token and session cookie on "x-csrf-token: fetch", and checks it on changes', async () => {
    const jar = join(dataFolder, 'cookies.txt');
    const fetched = await curl(tenant.serviceUrl, {
      caPath: tenant.caPath,
      p12,
      headers: { 'x-csrf-token': 'fetch' },
      cookieJar: jar,
    });
    expect(fetched.status).toBe(200);
    const token = fetched.headers['x-csrf-token'];
    expect(token).toMatch(/^[A-Za-z0-9+/=]{20,}$/);
    expect(fetched.headers['set-cookie']).toContain('SAP_SESSIONID_PRC_100=');

    const without = await curl(`${tenant.serviceUrl}CorporateAccountCollection`, {
      caPath: tenant.caPath,
      p12,
      method: 'POST',
    });
    expect(without.status).toBe(403);
    expect(without.headers['x-csrf-token']).toBe('Required');
    const withToken = await curl(`${tenant.serviceUrl}CorporateAccountCollection`, {
      caPath: tenant.caPath,
      p12,
      method: 'POST',
      headers: { 'x-csrf-token': token! },
      cookieJar: jar,
    });
    expect(withToken.status).toBe(405);
  });

  it('answers the CSRF fetch on businesspartnerrelationship with 500 and CM_DS_APPL_ERROR:048 in the sap-message header', async () => {
    expect(new URL(tenant.quirkServiceUrl).pathname).toBe('/sap/c4c/odata/v1/accounthierarchylist/');
    // The shape of https://github.com/SAP/cloud-sdk-js/issues/1185: the words are in the header.
    const generic = { code: 'ODATA_ERROR', message: 'Error occurred during processing', lang: null };
    const notAssigned = {
      code: 'CM_DS_APPL_ERROR:048',
      message: notAssignedMessage('businesspartnerrelationship'),
      lang: null,
    };
    expect(notAssigned.message).toBe(
      "Unauthorized: The service 'businesspartnerrelationship' is not assigned to you.",
    );
    const xml = await curl(tenant.quirk500ServiceUrl, {
      caPath: tenant.caPath,
      p12,
      headers: { 'x-csrf-token': 'fetch' },
    });
    expect(xml.status).toBe(500);
    expect(parseSapMessage(xml.headers['sap-message'])).toEqual([generic, notAssigned]);
    expect(xml.headers['content-type']).toMatch(/^application\/xml/);
    expect(parseODataError(xml.body)).toEqual({ ...generic, lang: 'en' });
    expect(xml.body).not.toContain(QUIRK_MESSAGE);
    const json = await curl(`${tenant.quirk500ServiceUrl}?$format=json`, {
      caPath: tenant.caPath,
      p12,
      headers: { 'x-csrf-token': 'fetch' },
    });
    expect(json.headers['content-type']).toMatch(/^application\/json/);
    expect(parseSapMessage(json.headers['sap-message'])).toEqual([generic, notAssigned]);
    // Without the fetch the service answers.
    const plain = await curl(tenant.quirk500ServiceUrl, { caPath: tenant.caPath, p12 });
    expect(plain.status).toBe(200);
    const missing = await curl(`${tenant.serviceUrl}NoSuchCollection`, { caPath: tenant.caPath, p12 });
    expect(missing.status).toBe(404);
    expect(parseODataError(missing.body)?.code).toBe('NOT_FOUND');
  });

  it('answers the Inconsistent-Authorization 403 on the quirk service only when a CSRF token is fetched', async () => {
    const quirk = await curl(tenant.quirkServiceUrl, {
      caPath: tenant.caPath,
      p12,
      headers: { 'x-csrf-token': 'fetch' },
    });
    expect(quirk.status).toBe(403);
    expect(quirk.body).toContain(QUIRK_MESSAGE);
    const plain = await curl(tenant.quirkServiceUrl, { caPath: tenant.caPath, p12 });
    expect(plain.status).toBe(200);
    expect(plain.body).toContain('AccountHierarchyCollection');
  });

  it('lets the password user in with basic auth and refuses a wrong password or none (401)', async () => {
    const ok = await curl(tenant.serviceUrl, {
      caPath: tenant.caPath,
      basic: { user: tenant.user, password: tenant.password },
    });
    expect(ok.status).toBe(200);
    const wrong = await curl(tenant.serviceUrl, {
      caPath: tenant.caPath,
      basic: { user: tenant.user, password: 'wrong' },
    });
    expect(wrong.status).toBe(401);
    expect(wrong.headers['www-authenticate']).toMatch(/^Basic /);
    expect((await curl(tenant.serviceUrl, { caPath: tenant.caPath })).status).toBe(401);
  });

  it("refuses a client certificate from another CA with the TLS front end's 400", async () => {
    const pki = await sharedTestPki();
    const answer = await curl(tenant.serviceUrl, {
      caPath: tenant.caPath,
      p12: { path: pki.client.p12Path, password: pki.client.password },
    });
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('The SSL certificate error');
  });

  it('is reachable only with its own CA trusted, and gone after stop (files removed)', async () => {
    const pki = await sharedTestPki();
    expect(await curlFails(tenant.serviceUrl, { caPath: pki.server.caPath, p12 })).toBe(60);
    const other = await startPracticeTenant();
    const folder = other.folder;
    await other.stop();
    expect(existsSync(folder)).toBe(false);
    expect(await curlFails(other.serviceUrl, { caPath: tenant.caPath })).toBe(7); // couldn't connect
  });
});
