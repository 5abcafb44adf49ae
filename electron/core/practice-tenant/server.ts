/**
 * The practice tenant's HTTPS front end: who may in (client certificate of its own CA, or the
 * practice user's password), CSRF tokens, the Inconsistent-Authorization quirk, and routing to the
 * OData answers of format.ts.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer, type Server } from 'node:https';
import { TLSSocket } from 'node:tls';
import {
  atomFeed,
  atomSingle,
  errorBody,
  jsonFeed,
  jsonSingle,
  serviceDocument,
  type Expander,
  type Format,
} from './format';
import { metadataXml } from './metadata';
import type { EntitySetDef, ServiceDef } from './model';
import { QueryError, runQuery } from './query';

/** The wording of our product brief; no public SAP source quoting it was found. */
export const QUIRK_MESSAGE = 'Inconsistent Authorization: Re-activate Communication Arrangement.';

/**
 * C4C's words in the sap-message header of its HTTP 500 to a technical user's CSRF fetch, as
 * https://github.com/SAP/cloud-sdk-js/issues/1185 quotes them (there for 'c4codataapi').
 */
export const notAssignedMessage = (service: string) =>
  `Unauthorized: The service '${service}' is not assigned to you.`;

function notAssignedSapMessage(service: string): string {
  return JSON.stringify({
    code: 'ODATA_ERROR',
    message: 'Error occurred during processing',
    severity: 'error',
    target: '',
    details: [
      { code: 'CM_DS_APPL_ERROR:048', message: notAssignedMessage(service), target: '', severity: 'error' },
    ],
  });
}

export interface PracticeServerOptions {
  key: string;
  cert: string;
  caPem: string;
  user: string;
  password: string;
  services: ServiceDef[];
  /**
   * Service paths on which a CSRF token fetch meets the trap: 403 with "Inconsistent
   * Authorization" in the body, or 500 with CM_DS_APPL_ERROR:048 in the sap-message header.
   */
  quirks: { path: string; status: 403 | 500 }[];
  /** Rows per server page before `__next`: C4C's 1,000 unless a test wants smaller pages. */
  pageSize?: number;
}

const SESSION_COOKIE = 'SAP_SESSIONID_PRC_100';

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

function cookie(req: IncomingMessage, name: string): string | undefined {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k === name) return v.join('=');
  }
  return undefined;
}

export function createPracticeServer(options: PracticeServerOptions): Server {
  // C4C pages at 1,000 entries: https://github.com/SAP-archive/C4CODATAAPIDEVGUIDE/blob/master/README.md
  const pageSize = options.pageSize ?? 1000;
  /** session id -> CSRF token */
  const tokens = new Map<string, string>();

  const send = (
    res: ServerResponse,
    status: number,
    type: string,
    body: string,
    headers: Record<string, string> = {},
  ) => {
    res.writeHead(status, {
      'content-type': `${type}; charset=utf-8`,
      'content-length': Buffer.byteLength(body),
      dataserviceversion: '2.0',
      ...headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  };
  const fail = (
    res: ServerResponse,
    status: number,
    code: string,
    message: string,
    format: Format,
    headers?: Record<string, string>,
  ) =>
    send(
      res,
      status,
      format === 'json' ? 'application/json' : 'application/xml',
      errorBody(code, message, format),
      headers,
    );

  /** Client certificate of our CA, or the practice user's password. */
  function authenticate(req: IncomingMessage, res: ServerResponse): boolean {
    const socket = req.socket;
    if (!(socket instanceof TLSSocket)) return false;
    if (socket.authorized) return true;
    const peer = socket.getPeerCertificate();
    if (Object.keys(peer).length > 0) {
      // What nginx-style TLS front ends answer for a certificate they do not trust.
      send(
        res,
        400,
        'text/html',
        '<html><head><title>400 The SSL certificate error</title></head><body><center><h1>400 Bad Request</h1></center><center>The SSL certificate error</center></body></html>',
      );
      return false;
    }
    const header = req.headers.authorization ?? '';
    if (header.startsWith('Basic ')) {
      const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
      const cut = decoded.indexOf(':');
      if (
        cut > 0 &&
        sameText(decoded.slice(0, cut), options.user) &&
        sameText(decoded.slice(cut + 1), options.password)
      ) {
        return true;
      }
    }
    send(
      res,
      401,
      'text/html',
      '<html><head><title>Logon failed</title></head><body>Logon failed</body></html>',
      {
        'www-authenticate': 'Basic realm="SAP NetWeaver Application Server [PRC/100]"',
      },
    );
    return false;
  }

  const expander =
    (service: ServiceDef): Expander =>
    (set, row, name) => {
      const nav = set.navigations.find((n) => n.name === name);
      const target = service.entitySets.find((s) => s.name === nav?.target);
      if (!nav || !target) throw new QueryError(`${name} is not a navigation of ${set.typeName}.`);
      const rows = target.rows.filter((r) => r[nav.to] === row[nav.from]);
      return { set: target, rows: nav.many ? rows : rows.slice(0, 1), many: nav.many };
    };

  function handle(req: IncomingMessage, res: ServerResponse) {
    const url = new URL(req.url ?? '/', 'https://practice.invalid');
    const q = url.searchParams;
    const accept = req.headers.accept ?? '';
    const format: Format =
      q.get('$format') === 'json' ||
      (q.get('$format') === null && accept.includes('application/json') && !accept.includes('xml'))
        ? 'json'
        : 'atom';
    if (!authenticate(req, res)) return;

    const service = options.services.find(
      (s) => url.pathname === s.path.slice(0, -1) || url.pathname.startsWith(s.path),
    );
    if (!service) {
      fail(
        res,
        404,
        'NOT_FOUND',
        `No service at ${url.pathname}. Service paths end with a slash, e.g. /sap/c4c/odata/v1/c4codataapi/.`,
        format,
      );
      return;
    }

    // CSRF: a fetch gets a token bound to a session cookie; changing requests must send both back.
    const fetchToken = (req.headers['x-csrf-token'] ?? '').toString().toLowerCase() === 'fetch';
    const headers: Record<string, string> = {};
    if (fetchToken) {
      const quirk = options.quirks.find((q) => q.path === service.path);
      if (quirk?.status === 403) {
        // C4C's own OData error body, XML by default and JSON with $format=json (format.ts).
        fail(res, 403, 'FORBIDDEN', QUIRK_MESSAGE, format);
        return;
      }
      if (quirk) {
        // SAP/cloud-sdk-js#1185 shows the header, not the body: the body repeats the header's
        // own generic code and message (an assumption), so only the header names the refusal.
        const name = service.path.split('/').filter(Boolean).pop() ?? '';
        fail(res, 500, 'ODATA_ERROR', 'Error occurred during processing', format, {
          'sap-message': notAssignedSapMessage(name),
        });
        return;
      }
      let session = cookie(req, SESSION_COOKIE);
      if (!session || !tokens.has(session)) {
        session = randomBytes(18).toString('base64url');
        tokens.set(session, randomBytes(18).toString('base64'));
        headers['set-cookie'] = `${SESSION_COOKIE}=${session}; path=/; secure; HttpOnly`;
      }
      headers['x-csrf-token'] = tokens.get(session) ?? '';
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      const session = cookie(req, SESSION_COOKIE);
      const expected = session ? tokens.get(session) : undefined;
      const sent = (req.headers['x-csrf-token'] ?? '').toString();
      if (!expected || !sameText(expected, sent)) {
        fail(res, 403, 'FORBIDDEN', 'CSRF token validation failed', format, { 'x-csrf-token': 'Required' });
        return;
      }
      fail(res, 405, 'METHOD_NOT_ALLOWED', 'The practice tenant is read-only.', format);
      return;
    }

    const base = `https://${req.headers.host ?? 'localhost'}${service.path}`;
    const rest = decodeURIComponent(url.pathname.slice(service.path.length));
    if (rest === '') {
      send(
        res,
        200,
        format === 'json' ? 'application/json' : 'application/xml',
        serviceDocument(service, base, format),
        headers,
      );
      return;
    }
    if (rest === '$metadata') {
      send(res, 200, 'application/xml', metadataXml(service), headers);
      return;
    }
    const match = /^([A-Za-z]+)(?:\('([^']*)'\))?(?:\/([A-Za-z$]+))?$/.exec(rest);
    const set: EntitySetDef | undefined = service.entitySets.find((s) => s.name === match?.[1]);
    if (!match || !set) {
      fail(res, 404, 'NOT_FOUND', `Resource not found for segment '${rest}'.`, format, headers);
      return;
    }
    const [, , key, tail] = match;
    const select =
      q
        .get('$select')
        ?.split(',')
        .map((s) => s.trim()) ?? set.properties.map((p) => p.name);
    const expand =
      q
        .get('$expand')
        ?.split(',')
        .map((s) => s.trim()) ?? [];
    if (key !== undefined) {
      const row = set.rows.find((r) => r.ObjectID === key);
      if (!row) {
        fail(res, 404, 'NOT_FOUND', `No ${set.typeName} with ObjectID '${key}'.`, format, headers);
        return;
      }
      if (tail) {
        const related = expander(service)(set, row, tail);
        const all = related.set.properties.map((p) => p.name);
        const body = related.many
          ? (format === 'json' ? jsonFeed : atomFeed)(
              service,
              base,
              { set: related.set, rows: related.rows, select: all, expand: [], count: null, nextUrl: null },
              expander(service),
            )
          : related.rows[0]
            ? (format === 'json' ? jsonSingle : atomSingle)(
                service,
                base,
                related.set,
                related.rows[0],
                all,
                [],
                expander(service),
              )
            : null;
        if (body === null)
          fail(res, 404, 'NOT_FOUND', `${set.typeName} '${key}' has no ${tail}.`, format, headers);
        else send(res, 200, format === 'json' ? 'application/json' : 'application/atom+xml', body, headers);
        return;
      }
      const body = (format === 'json' ? jsonSingle : atomSingle)(
        service,
        base,
        set,
        row,
        select,
        expand,
        expander(service),
      );
      send(
        res,
        200,
        format === 'json' ? 'application/json' : 'application/atom+xml;type=entry',
        body,
        headers,
      );
      return;
    }
    const result = runQuery(
      set,
      {
        filter: q.get('$filter') ?? undefined,
        orderby: q.get('$orderby') ?? undefined,
        select: q.get('$select') ?? undefined,
        top: q.get('$top') ?? undefined,
        skip: q.get('$skip') ?? undefined,
        skiptoken: q.get('$skiptoken') ?? undefined,
        inlinecount: q.get('$inlinecount') ?? undefined,
      },
      tail === '$count' ? Number.MAX_SAFE_INTEGER : pageSize,
    );
    if (tail === '$count') {
      send(res, 200, 'text/plain', String(result.rows.length), headers);
      return;
    }
    let nextUrl: string | null = null;
    if (result.next) {
      const next = new URL(base + set.name);
      for (const [k, v] of q) if (!['$skip', '$skiptoken', '$top'].includes(k)) next.searchParams.set(k, v);
      if (result.next.top !== null) next.searchParams.set('$top', String(result.next.top));
      next.searchParams.set('$skiptoken', String(result.next.skiptoken));
      nextUrl = next.toString();
    }
    const page = { set, rows: result.rows, select: result.select, expand, count: result.count, nextUrl };
    if (format === 'json')
      send(res, 200, 'application/json', jsonFeed(service, base, page, expander(service)), headers);
    else
      send(
        res,
        200,
        'application/atom+xml;type=feed',
        atomFeed(service, base, page, expander(service)),
        headers,
      );
  }

  return createServer(
    {
      key: options.key,
      cert: options.cert,
      ca: [options.caPem],
      minVersion: 'TLSv1.2',
      // Server side: ask for a client certificate but let the handshake finish without one, so the
      // password user can log on too; handle() admits only `socket.authorized` (our CA verified it).
      requestCert: true,
      rejectUnauthorized: false,
    },
    (req, res) => {
      try {
        handle(req, res);
      } catch (error) {
        const format: Format = (req.url ?? '').includes('$format=json') ? 'json' : 'atom';
        if (error instanceof QueryError) fail(res, 400, 'BAD_REQUEST', error.message, format);
        else fail(res, 500, 'INTERNAL', 'The practice tenant failed on this request.', format);
      }
    },
  );
}
