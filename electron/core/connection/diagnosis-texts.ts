/**
 * Every diagnosis in plain English: a title and concrete next steps, C4C-specific where it applies.
 * One place for the texts; the renderer translates titles by code (i18n 'connection-test').
 */
import type { DiagnosisCode } from '../../../shared/domain/diagnosis';

interface Text {
  title: string;
  advice: string[];
}

export const DIAGNOSIS_TEXTS: Record<DiagnosisCode, Text> = {
  OK: {
    title: 'The connection works',
    advice: ['The tenant answered with an OData V2 service. You can open the metadata and run queries.'],
  },
  DNS_NOT_FOUND: {
    title: 'The tenant host name was not found',
    advice: [
      'Check the host name for typos. C4C tenants look like myNNNNNN.crm.ondemand.com (or your custom domain).',
      'If you are on a VPN or a company network, check that it can resolve the tenant host.',
    ],
  },
  CONNECTION_REFUSED: {
    title: 'The tenant refused the connection',
    advice: [
      'Check the port in the URL: C4C answers on 443 (https).',
      'A firewall may block outgoing connections to this host; ask IT, or set up the company proxy under Proxy.',
    ],
  },
  TIMEOUT: {
    title: 'The tenant did not answer in time',
    advice: [
      'Try again: the tenant may be busy or restarting (check the SAP Cloud Status page for your data center).',
      'If your company uses a proxy, set it under Proxy: direct connections are often silently dropped.',
      'Raise the timeout for this connection if the tenant is slow but reachable.',
    ],
  },
  PROXY_FAILED: {
    title: 'The proxy did not pass the connection on',
    advice: [
      'Check the proxy address and port, and the proxy user and password if it needs them.',
      'Ask IT whether the proxy allows HTTPS (CONNECT) to the tenant host on port 443.',
    ],
  },
  TLS_INTERCEPTED: {
    title: 'A company proxy is opening the encrypted connection',
    advice: [
      'The server certificate was issued by a TLS inspection CA of your company, not by the tenant. With inspection in between, the client certificate cannot reach C4C, so certificate authentication cannot work.',
      'Ask IT to exempt the tenant host from TLS inspection (a "do not decrypt" or bypass rule for *.crm.ondemand.com or your custom domain).',
      'For basic authentication only: you may add the inspection CA under Trust, if your company policy allows it.',
    ],
  },
  SERVER_CERT_UNTRUSTED: {
    title: 'The server certificate is not trusted',
    advice: [
      'C4C tenants use certificates from public CAs. If this is a test system or a custom domain with a private CA, add that CA under Trust, or turn on "Use the OS trust store" if IT installed it there.',
      'Check the URL points to the tenant and not to another server.',
    ],
  },
  SERVER_CERT_HOSTNAME_MISMATCH: {
    title: 'The server certificate is for a different host name',
    advice: [
      'Check the host name in the URL: it must match the tenant exactly (myNNNNNN.crm.ondemand.com or the custom domain set up for the tenant).',
      'If you use an IP address or an alias, use the tenant host name instead.',
    ],
  },
  SERVER_CERT_EXPIRED: {
    title: 'The server certificate has expired',
    advice: [
      "Check your computer's date and time.",
      'If the clock is right, the server (or a proxy in between) presents an outdated certificate: tell the tenant administrator.',
    ],
  },
  CLIENT_CERT_EXPIRED: {
    title: 'Your client certificate has expired',
    advice: [
      'Nothing was sent. Create a new key pair in the communication arrangement (Authentication method: SSL client certificate), download it, and import it here.',
      'Then update the communication system in C4C with the new certificate if you uploaded it there.',
    ],
  },
  CLIENT_CERT_MISSING: {
    title: 'The tenant asked for a client certificate, and none was sent',
    advice: [
      'Choose a key pair for this connection (Authentication: client certificate), or switch the connection to user and password if the arrangement uses basic authentication.',
    ],
  },
  CLIENT_CERT_REJECTED: {
    title: 'The tenant rejected the client certificate',
    advice: [
      'Possible reasons: the certificate is not the one assigned to the technical user of the communication arrangement; its CA is not trusted by the tenant; or the chain is incomplete (the key pair file lacks the intermediate certificates).',
      'In C4C, open the communication arrangement and check that the key pair (or uploaded certificate) is the one you imported here; if in doubt, generate a new key pair there and import it.',
      'If you uploaded your own certificate, upload the whole chain, and check it is still valid.',
    ],
  },
  UNAUTHORIZED: {
    title: 'The tenant did not accept the credentials (401)',
    advice: [
      'For user and password: check the technical user ID (from the communication arrangement) and its password; reset the password in the communication system if needed.',
      'For a client certificate: the key pair may have been invalidated or replaced in the arrangement. Generate it again there, download it and import it here.',
    ],
  },
  FORBIDDEN: {
    title: 'The technical user may not use this service (403)',
    advice: [
      'Check that the service is part of the communication arrangement (scenario "OData Services for Business Objects"): add it under the arrangement\'s services.',
      'Check the service path in the URL: it must be one of the services the arrangement lists.',
    ],
  },
  INCONSISTENT_AUTHORIZATION: {
    title: 'C4C answered "Inconsistent Authorization: Re-activate Communication Arrangement."',
    advice: [
      'Turn "Fetch CSRF token" off for this connection: a technical user does not need it, and the token fetch is what triggers this answer.',
      'With a business user instead of a technical user: assign that user a work center view that covers the service.',
      'If it persists, re-activate the communication arrangement in C4C (open it, Save and Activate).',
    ],
  },
  NOT_FOUND: {
    title: 'The service was not found (404)',
    advice: [
      'Check the service path: C4C OData services live under /sap/c4c/odata/v1/<service>/ (e.g. /sap/c4c/odata/v1/c4codataapi/).',
      'Keep the trailing slash after the service name, and check the spelling and case of the service name.',
    ],
  },
  NOT_ODATA: {
    title: 'The tenant answered with a page, not an OData service',
    advice: [
      'The answer looks like a login page or a single sign-on redirect: the URL points to the user interface, or the request was not authenticated as a technical user.',
      'Use the OData service root (…/sap/c4c/odata/v1/<service>/) and the credentials of the communication arrangement.',
    ],
  },
  SERVER_ERROR: {
    title: 'The tenant had an internal error',
    advice: [
      'Try again in a few minutes; check the SAP Cloud Status page for your data center.',
      'If it stays, open an incident with SAP quoting the time of this test.',
    ],
  },
};

/** A diagnosis with the standard texts, optional specific lines first. */
export function describe(code: DiagnosisCode, first: string[] = []) {
  const text = DIAGNOSIS_TEXTS[code];
  return { code, title: text.title, advice: [...first, ...text.advice] };
}
