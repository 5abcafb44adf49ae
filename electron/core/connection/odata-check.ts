/** Is the answer an OData V2 service document or $metadata, and how many entity sets does it list? */

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
  return /text\/html|application\/xhtml/i.test(contentType) || /^\s*(<!doctype html|<html)/i.test(body);
}

export function checkOData(headers: Record<string, unknown>, body: string): ODataCheck {
  const contentType = header(headers, 'content-type');
  const version = header(headers, 'dataserviceversion') || header(headers, 'odata-version');
  const v4 = /^4/.test(header(headers, 'odata-version'));
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
  if (/<(?:\w+:)?service\b/.test(text) && !v4) {
    const collections = text.match(/<(?:\w+:)?collection\b/g)?.length ?? 0;
    // Atom service documents belong to OData V1-V3; C4C answers them with DataServiceVersion 2.0.
    const ok = version === '' || /^[12]\./.test(version);
    return {
      isODataV2: ok,
      kind: 'service-document',
      entitySets: collections,
      reason: ok ? null : `OData version ${version}`,
    };
  }
  if (/<edmx:Edmx\b/.test(text)) {
    const edmx = /<edmx:Edmx[^>]*\bVersion="([^"]+)"/.exec(text)?.[1] ?? '';
    const sets = text.match(/<EntitySet\b/g)?.length ?? 0;
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
