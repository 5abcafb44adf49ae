/**
 * Is the answer an OData V2 service document or $metadata, and how many entity sets does it list?
 * Linear scans only (xml-sniff.ts): the body comes from a server we do not trust yet.
 */
import { attributeOf, countTags, firstTag, headOf } from './xml-sniff';

/** How far into the body the kind of answer is looked for (the root element comes first). */
const SNIFF_CHARS = 64 * 1024;

export interface ODataCheck {
  isODataV2: boolean;
  kind: 'service-document' | 'metadata' | 'unknown';
  entitySets: number | null;
  /** Why it is not OData V2, in a few words, when it is not. */
  reason: string | null;
}

const header = (headers: Record<string, unknown>, name: string): string => {
  const v = headers[name];
  return typeof v === 'string' ? v : '';
};

export function looksLikeHtml(contentType: string, body: string): boolean {
  const type = contentType.toLowerCase();
  if (type.includes('text/html') || type.includes('application/xhtml')) return true;
  const head = headOf(body, 14);
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export function checkOData(headers: Record<string, unknown>, body: string): ODataCheck {
  const contentType = header(headers, 'content-type');
  const version = header(headers, 'dataserviceversion') || header(headers, 'odata-version');
  const v4 = header(headers, 'odata-version').startsWith('4');
  if (looksLikeHtml(contentType, body)) {
    return { isODataV2: false, kind: 'unknown', entitySets: null, reason: 'an HTML page' };
  }
  const text = body.trimStart();
  if (text.startsWith('{')) {
    try {
      const json = JSON.parse(text) as {
        d?: { EntitySets?: unknown };
        value?: unknown;
        '@odata.context'?: unknown;
      };
      if (Array.isArray(json.d?.EntitySets)) {
        return {
          isODataV2: true,
          kind: 'service-document',
          entitySets: json.d.EntitySets.length,
          reason: null,
        };
      }
      if (json['@odata.context'] !== undefined || v4) {
        return {
          isODataV2: false,
          kind: 'service-document',
          entitySets: null,
          reason: 'an OData V4 service',
        };
      }
    } catch {
      return { isODataV2: false, kind: 'unknown', entitySets: null, reason: 'JSON that could not be read' };
    }
    return {
      isODataV2: false,
      kind: 'unknown',
      entitySets: null,
      reason: 'JSON that is not a service document',
    };
  }
  if (firstTag(text, 'service', SNIFF_CHARS) && !v4) {
    const collections = countTags(text, 'collection');
    // Atom service documents belong to OData V1-V3; C4C answers them with DataServiceVersion 2.0.
    const ok = version === '' || version.startsWith('1.') || version.startsWith('2.');
    return {
      isODataV2: ok,
      kind: 'service-document',
      entitySets: collections,
      reason: ok ? null : `OData version ${version}`,
    };
  }
  const root = firstTag(text, 'Edmx', SNIFF_CHARS);
  if (root?.name === 'edmx:Edmx') {
    const edmx = attributeOf(text, root, 'Version', 20) ?? '';
    const sets = countTags(text, 'EntitySet');
    const ok = edmx === '1.0';
    return { isODataV2: ok, kind: 'metadata', entitySets: sets, reason: ok ? null : `EDMX version ${edmx}` };
  }
  return {
    isODataV2: false,
    kind: 'unknown',
    entitySets: null,
    reason: 'neither a service document nor $metadata',
  };
}
