/**
 * English texts of every message core and main send (diagnoses, their specific lines, errors,
 * hand-over notes, renewal steps). German in ./de.ts, checked complete by the type and a test.
 *
 * Sources, one per claim (found with the project's search tool, not from memory):
 * [blog1911] https://community.sap.com/t5/crm-and-cx-blogs-by-sap/integration-user-for-odata-services-in-sap-cloud-for-customer/ba-p/13456473
 *   (arrangement for "OData Services for Business Objects", services ticked, Edit Credentials >
 *   create and download key pair, key pair into the CPI keystore, "CSRF token is not needed").
 * [kba3742580] https://userapps.support.sap.com/sap/support/knowledge/en/3742580
 *   (the Authentication Method "SSL Client Certificate" / "User ID and Password" is set in the
 *   communication arrangement; password and certificate are set in its Edit Credentials).
 * [devguide] https://github.com/SAP-archive/C4CODATAAPIDEVGUIDE/blob/master/README.md
 *   (standard services /sap/c4c/odata/v1/, custom services /sap/c4c/odata/cust/v1/; "'/' character
 *   at the end of the URI is required" for the service document; server-side paging of 1000
 *   entries for a GET without query options, with a next link; $search term in single quotes or no
 *   quotes; a CSRF token for modifying requests only). That a technical user needs no CSRF token
 *   is [blog1911]'s ("CSRF token is not needed as we are using a technical user").
 * [sdk1185] https://github.com/SAP/cloud-sdk-js/issues/1185 (a technical user's CSRF fetch answered
 *   with HTTP 500; the words in the sap-message header, not the body: detail
 *   CM_DS_APPL_ERROR:048 "Unauthorized: The service 'c4codataapi' is not assigned to you.").
 *   "Inconsistent Authorization: Re-activate Communication Arrangement." is the wording of our
 *   product brief; no public SAP source quoting it was found.
 * [kba2980997] https://userapps.support.sap.com/sap/support/knowledge/en/2980997 (step 11: the new
 *   key pair is discarded unless the arrangement is saved and activated). Named and quoted by the
 *   SAP-fidelity review; the search tool did not find the page itself (2026-11-30).
 * [kba3141132] https://userapps.support.sap.com/sap/support/knowledge/en/3141132 (Administrator >
 *   General Settings > Communication Arrangements > the arrangement > Advanced Settings > Technical
 *   Data > Edit Credentials > Certificate > Upload certificate; only a .cer file whose name has one
 *   dot, else "This file type is not permitted").
 * [adapter] https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/configure-the-odata-v2-receiver-adapter-c5c2e38.md
 *   (field names; CSRF Protected selected by default; $format and $inlineCount not supported in
 *   query options; Page Size empty = server-side paging by __next; Process in Pages; the Remote
 *   connection source of the model wizard supports Basic only, other types use a Local EDMX File).
 * [keystore] https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/managing-keystore-entries-2dc8942.md
 *   (Monitor > Integrations and APIs > Manage Security > Keystore > Add > Key Pair).
 * [usercred] https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/50-Development/deploying-a-user-credentials-artifact-6912d63.md
 *   (Monitor > Integrations and APIs > Manage Security > Security Material > Add > User Credentials;
 *   redeploy and restart the integration flows that use it).
 * [renewal] https://github.com/SAP-docs/btp-integration-suite/blob/main/docs/ISuite/40-RemoteSystems/renewal-of-the-tenant-client-certificate-6ec6824.md
 *   (replace the key pair keeping the alias, then restart the integration flow: the SSL socket caches
 *   the keystore for 24 hours; receiver accepting old and new certificate at the same time).
 * [kba3048103] https://userapps.support.sap.com/sap/support/knowledge/en/3048103 (Administrator >
 *   General Settings > System Administration > OData API Monitor > select the entry > View Response
 *   Payload). Named and quoted by the SAP-fidelity review; the search tool did not find the page
 *   itself (2026-11-30).
 */
import { DATA_PROBLEMS_EN } from './problems-data';
import { PROBLEMS_EN } from './problems';

export const EN = {
  // Rare paths (recovered data, key pair file and store problems, the CLI's own errors).
  ...PROBLEMS_EN,
  ...DATA_PROBLEMS_EN,
  // ── diagnoses ──────────────────────────────────────────────────────────────────────────────
  'diagnosis.OK.title': 'The connection works',
  'diagnosis.OK.advice': [
    'The tenant answered with an OData V2 service. You can open the metadata and run queries.',
  ],
  'diagnosis.DNS_NOT_FOUND.title': 'The tenant host name was not found',
  'diagnosis.DNS_NOT_FOUND.advice': [
    'Check the host name for typos. C4C tenants look like myNNNNNN.crm.ondemand.com (or your custom domain).',
    'If you are on a VPN or a company network, check that it can resolve the tenant host.',
  ],
  'diagnosis.CONNECTION_REFUSED.title': 'The tenant refused the connection',
  'diagnosis.CONNECTION_REFUSED.advice': [
    'Check the port in the URL: C4C answers on 443 (https).',
    'A firewall may block outgoing connections to this host; ask IT, or set up the company proxy under Proxy.',
  ],
  'diagnosis.TIMEOUT.title': 'The tenant did not answer in time',
  'diagnosis.TIMEOUT.advice': [
    'Try again: the tenant may be busy or restarting.',
    'If your company uses a proxy, set it under Proxy: direct connections are often silently dropped.',
    'Raise the timeout for this connection if the tenant is slow but reachable.',
  ],
  'diagnosis.PROXY_FAILED.title': 'The proxy did not pass the connection on',
  'diagnosis.PROXY_FAILED.advice': [
    'Check the proxy address and port, and the proxy user and password if it needs them.',
    'Ask IT whether the proxy allows HTTPS (CONNECT) to the tenant host on port 443.',
  ],
  'diagnosis.TLS_INTERCEPTED.title': 'A company proxy is opening the encrypted connection',
  'diagnosis.TLS_INTERCEPTED.advice': [
    'The server certificate was issued by a TLS inspection CA of your company, not by the tenant. With inspection in between, the client certificate cannot reach C4C, so certificate authentication cannot work.',
    'Ask IT to exempt the tenant host from TLS inspection (a "do not decrypt" or bypass rule for *.crm.ondemand.com or your custom domain).',
    'For basic authentication only: you may add the inspection CA under Trust, if your company policy allows it.',
  ],
  'diagnosis.SERVER_CERT_UNTRUSTED.title': 'The server certificate is not trusted',
  'diagnosis.SERVER_CERT_UNTRUSTED.advice': [
    'If this is a test system or a custom domain with a private CA, add that CA under Trust, or turn on "Use the OS trust store" if IT installed it there.',
    'Check the URL points to the tenant and not to another server.',
  ],
  'diagnosis.SERVER_CERT_HOSTNAME_MISMATCH.title': 'The server certificate is for a different host name',
  'diagnosis.SERVER_CERT_HOSTNAME_MISMATCH.advice': [
    'Check the host name in the URL: it must match the tenant exactly (myNNNNNN.crm.ondemand.com or the custom domain set up for the tenant).',
    'If you use an IP address or an alias, use the tenant host name instead.',
  ],
  'diagnosis.SERVER_CERT_EXPIRED.title': 'The server certificate has expired',
  'diagnosis.SERVER_CERT_EXPIRED.advice': [
    "Check your computer's date and time.",
    'If the clock is right, the server (or a proxy in between) presents an outdated certificate: tell the tenant administrator.',
  ],
  // [kba3742580] [blog1911]: the key pair is created in the arrangement's Edit Credentials;
  // [kba2980997]: Save and Activate, or the new key pair is discarded.
  'diagnosis.CLIENT_CERT_EXPIRED.title': 'Your client certificate has expired',
  'diagnosis.CLIENT_CERT_EXPIRED.advice': [
    'Nothing was sent. In C4C, open the communication arrangement, choose Edit Credentials, and create and download a new key pair, then Save and Activate the arrangement: otherwise C4C discards the new key pair. Import it here (Key pairs > Replace).',
    'Then replace the key pair in the Cloud Integration keystore under the same alias and restart the integration flow.',
  ],
  'diagnosis.CLIENT_CERT_MISSING.title': 'The tenant asked for a client certificate, and none was sent',
  'diagnosis.CLIENT_CERT_MISSING.advice': [
    'Choose a key pair for this connection, or switch the connection to user and password if the arrangement\'s Authentication Method (Inbound Communication: Basic Settings) is "User ID and Password".',
  ],
  'diagnosis.CLIENT_CERT_REJECTED.title': 'The tenant rejected the client certificate',
  'diagnosis.CLIENT_CERT_REJECTED.advice': [
    "Possible reasons: the certificate is not the one of the communication arrangement's technical user; its CA is not trusted by the tenant; or the chain is incomplete.",
    'In C4C, open the communication arrangement and choose Edit Credentials: check that its certificate is the one of the key pair imported here; if in doubt, create and download a new key pair there, then Save and Activate the arrangement: otherwise C4C discards the new key pair. Import it here.',
  ],
  'diagnosis.UNAUTHORIZED.title': 'The tenant did not accept the credentials (401)',
  'diagnosis.UNAUTHORIZED.advice': [
    "For user and password: check the technical user ID and its password; set a new password in the communication arrangement's Edit Credentials if needed.",
    "For a client certificate: the key pair may have been replaced in the arrangement's Edit Credentials. Create and download it again there, then Save and Activate the arrangement: otherwise C4C discards the new key pair. Import it here.",
  ],
  'diagnosis.FORBIDDEN.title': 'The technical user may not use this service (403)',
  'diagnosis.FORBIDDEN.advice': [
    'Check that the service is ticked in the communication arrangement (scenario "OData Services for Business Objects").',
    'Check the service path in the URL: it must be one of the services the arrangement lists.',
  ],
  // Recognised by C4C's words, not the status: "Inconsistent Authorization" (product brief), or
  // after a CSRF fetch HTTP 500 with "…is not assigned to you" in the sap-message header [sdk1185].
  // [blog1911]: a technical user needs no CSRF token.
  'diagnosis.INCONSISTENT_AUTHORIZATION.title':
    'C4C refused the request: "Inconsistent Authorization" or a service "not assigned to you"',
  'diagnosis.INCONSISTENT_AUTHORIZATION.advice': [
    'Turn "Fetch CSRF token" off for this connection: a technical user does not need it, and the token fetch can trigger this answer.',
    'With a business user instead of a technical user: assign that user a work center view that covers the service.',
    'If it persists, re-activate the communication arrangement in C4C (open it, Save and Activate).',
  ],
  // [devguide]: standard and custom service roots; the "/" at the end is required.
  'diagnosis.NOT_FOUND.title': 'The service was not found (404)',
  'diagnosis.NOT_FOUND.advice': [
    'Check the service path: standard services live under /sap/c4c/odata/v1/<service>/ (e.g. /sap/c4c/odata/v1/c4codataapi/), custom services under /sap/c4c/odata/cust/v1/<service>/.',
    'Keep the trailing slash after the service name, and check the spelling and case of the service name.',
  ],
  'diagnosis.NOT_ODATA.title': 'The tenant answered with a page, not an OData service',
  'diagnosis.NOT_ODATA.advice': [
    'The answer looks like a login page or a single sign-on redirect: the URL points to the user interface, or the request was not authenticated as a technical user.',
    'Use the OData service root (…/sap/c4c/odata/v1/<service>/ or …/sap/c4c/odata/cust/v1/<service>/) and the credentials of the communication arrangement.',
  ],
  // [kba3048103]
  'diagnosis.SERVER_ERROR.title': 'The tenant had an internal error',
  'diagnosis.SERVER_ERROR.advice': [
    'Try again in a few minutes.',
    "An administrator can read the failed call in C4C's OData API Monitor: Administrator > General Settings > System Administration > OData API Monitor, select the entry, View Response Payload.",
    'If it stays, open an incident with SAP quoting the time of this test.',
  ],

  // ── lines specific to one test (shown before the standard advice) ──────────────────────────
  'finding.entitySets': 'The service lists {count} entity sets.',
  'finding.c4cSaid': 'C4C answered HTTP {status}:',
  'finding.c4cError': 'C4C answered HTTP {status}: {code} {message}',
  'finding.dnsAgain':
    'The name server did not answer for {host} (temporary failure); check the network or VPN.',
  'finding.noAddress': 'No address was found for {host}{code}.',
  'finding.didYouMean': 'Did you mean {host}?',
  'finding.proxyHostNotFound': 'The proxy host {proxy} was not found ({code}).',
  'finding.proxy407': 'The proxy asks for a user and password (407): add them to the proxy settings.',
  'finding.proxyStatus': 'The proxy answered {status} when asked to connect to the tenant.',
  'finding.proxyUnreachable': 'The proxy {proxy} could not be reached ({code}).',
  // Proxy sign-on: only Basic is sent (connection/proxy-tunnel.ts). The places named are the Test
  // step's options (renderer wizard.json options.*): Proxy "Manual", "Proxy user", "Proxy password".
  'finding.proxy407Manual':
    'The proxy {proxy} needs a user and password (407). Enter them in the Test step under "How the test reaches the tenant" > Proxy: Proxy user and Proxy password (Keep in vault).',
  'finding.proxy407System':
    'The system proxy {proxy} needs a user and password (407), and C4C Connect takes none from the system setting. In the Test step under "How the test reaches the tenant" > Proxy, choose Manual, enter {proxy} as the Proxy address, then the Proxy user and Proxy password (Keep in vault).',
  'finding.proxy407Refused':
    'The proxy {proxy} did not accept the proxy user and password (407). Check the Proxy user and Proxy password in the Test step under "How the test reaches the tenant" > Proxy.',
  'finding.proxy407Windows':
    'The proxy {proxy} answered 407: it wants Windows sign-on ({schemes}), which C4C Connect does not support. Ask IT to let the tenant host {host} bypass the proxy, or for a proxy that accepts a user and password (Basic).',
  'finding.proxy407Unsupported':
    'The proxy {proxy} answered 407: it wants sign-on by {schemes}, which C4C Connect does not support (it sends a user and password by Basic only). Ask IT to let the tenant host {host} bypass the proxy, or for a proxy that accepts Basic.',
  'finding.proxySocksOnly':
    'The system proxy offers only SOCKS ({offered}), which C4C Connect does not support. In the Test step under "How the test reaches the tenant" > Proxy, choose Manual and enter the company\'s HTTP proxy, or ask IT for the HTTP proxy or to let the tenant host {host} bypass the proxy.',
  'finding.proxiesTried': 'Tried before, without success: {tried}.',
  'finding.proxyTlsToProxy':
    'The secure connection to the HTTPS proxy {proxy} failed ({code}). Its certificate must be issued for {name} and trusted: ask IT for the root CA certificate and add it in the Tenant step under "Trust (only for test systems)" > Extra CA certificate (PEM).',
  'finding.connectFailed': 'The connection failed with {code}.',
  'finding.inspectionNamed': "The certificate's issuer ({issuer}) names a TLS inspection product.",
  'finding.inspectionGuess':
    "A proxy is in use and the server certificate does not chain to a trusted root (issuer: {issuer}). C4C's own certificates chain to public roots, so this is most likely inspection — a strong guess, not proof.",
  'finding.untrusted': 'Node reported {code}; issuer: {issuer}.',
  'finding.endedOn': 'It ended on {date}.',
  'finding.hostMismatch': '{detail}',
  'finding.keyMismatch':
    'The private key and the certificate of the key pair do not belong together, so it could not be sent. Import the key pair again.',
  'finding.tlsAlert': 'The tenant ended the handshake with the TLS alert {alert}.',
  'finding.closedAfterCert':
    'The tenant closed the connection right after it received the client certificate.',
  'finding.closedMaybeCert':
    'The tenant closed the connection after the handshake, which is how a server refuses a client certificate. The TLS library in use cannot confirm that the tenant asked for the certificate, so this is a strong guess, not proof.',
  'finding.notHttps': 'The server on this port does not speak HTTPS.',
  'finding.noTlsVersion': 'The server and C4C Connect share no TLS version (TLS 1.2 or newer is required).',
  'finding.proxyTlsFailed': 'The secure connection through the proxy failed ({code}).',
  'finding.tlsFailed': 'The secure connection failed ({code}).',
  'finding.brokeOff': 'The tenant broke off the answer ({code}).',
  'finding.noCertSent400': 'The TLS front end answered "No required SSL certificate was sent" (HTTP 400).',
  'finding.certError400': 'The TLS front end answered "The SSL certificate error" (HTTP 400).',
  // [sdk1185]
  'finding.inconsistent500':
    "C4C sent this answer with HTTP {status}, as it did for a technical user's CSRF token fetch in SAP/cloud-sdk-js issue 1185.",
  // [devguide]: "'/' character at the end of the URI is required".
  'finding.noTrailingSlash': 'The URL has no trailing slash after the service name: add one.',
  'finding.redirected':
    'The tenant redirected to {location} (HTTP {status}), which is how a login or single sign-on starts.',
  'finding.serverStatus': 'The tenant answered HTTP {status}.',
  'finding.odd4xx': 'The tenant answered HTTP {status}, which an OData service root does not.',
  'finding.htmlPage': 'The tenant sent an HTML page.',
  'finding.reasonHtml': 'The answer is an HTML page.',
  'finding.reasonV4': 'The answer is an OData V4 service.',
  'finding.reasonBadJson': 'The answer is JSON that could not be read.',
  'finding.reasonOtherJson': 'The answer is JSON that is not a service document.',
  'finding.reasonUnknown': 'The answer is neither a service document nor $metadata.',
  'finding.reasonVersion': 'The answer is not OData V2 ({version}).',
  'finding.timeout': 'Nothing came back within {seconds} s (during the {stage} stage).',

  // ── errors (AppError.code → a sentence when no specific key is sent) ──────────────────────
  'error.INVALID_REQUEST': 'The request was refused because some fields are not valid.',
  'error.FORBIDDEN_SENDER': 'The request came from a page C4C Connect does not trust.',
  'error.UNKNOWN_CHANNEL': 'C4C Connect does not know this request.',
  'error.NOT_FOUND': 'It no longer exists: it may have been deleted.',
  'error.INTERNAL': 'Something went wrong inside C4C Connect. The details were written to the log.',
  'error.CANCELLED': 'Cancelled.',
  'error.BAD_INPUT': 'The input is not valid: check the highlighted values.',
  'error.KEYCHAIN_UNAVAILABLE': "The operating system's keychain cannot be reached.",
  'error.KEYCHAIN_LOCKED': "The operating system's keychain is locked: unlock it and try again.",
  'error.VAULT_KEY_LOST': 'The vault key is no longer in the keychain: the stored secrets cannot be read.',
  'error.VAULT_CORRUPT': 'A stored secret could not be read: import it again.',
  'error.WRONG_PASSWORD': 'The password does not open this file.',
  'error.INVALID_FILE': 'This is not a key pair file (.p12 or .pfx).',
  'error.NO_PRIVATE_KEY': 'The file holds no private key.',
  'error.NO_CERTIFICATE': 'The file holds no certificate.',
  'error.KEY_CERT_MISMATCH': 'The private key and the certificate in the file do not belong together.',
  'error.UNSUPPORTED_ENCRYPTION': 'The file is protected in a way C4C Connect cannot open.',
  'error.FILE_TOO_LARGE': 'The file is too large.',
  'error.INVALID_METADATA': 'The metadata could not be read.',
  'error.METADATA_TOO_LARGE': 'The metadata is larger than C4C Connect reads.',
  'error.NOT_ODATA': 'The tenant did not answer with OData: run the connection test.',
  'error.REQUEST_FAILED': 'The request to the tenant failed: run the connection test to see why.',
  'error.ODATA_ERROR': 'The service refused the request.',
  'error.INVALID_EXPORT_FILE': 'This is not a C4C Connect connection file.',
  'error.UNSUPPORTED_VERSION': 'This file comes from a newer C4C Connect.',
  'error.SECRET_NOT_OWNED': 'This connection may not use a secret that belongs to another connection.',
  'error.STORE_BUSY':
    'Another C4C Connect window or command is changing the data folder: try again in a moment.',
  'error.SECRET_MISSING':
    'The secret of this key pair is missing from the data folder: renew the key pair with the .p12 from the arrangement.',
  'error.REPORT_NOT_WRITTEN': 'The report could not be written: choose another folder or file name.',
  'error.KEYPAIR_CHANGED':
    'The key pair was changed meanwhile (in another window or by a command): nothing was changed here, try again.',
  // Asked by main in its own dialog (electron/main/handlers/travel.ts).
  'importTrust.title': 'Trust the certificates in this file?',
  'importTrust.text':
    'This file brings its own CA certificates. Connections from it would trust servers these certificates vouch for. Import only if you know where the file comes from.',
  'importTrust.hosts': 'Hosts',
  'importTrust.certificates': 'CA certificates',
  'importTrust.accept': 'Import and trust',
  'importTrust.cancel': 'Cancel',
  // Asked by main in its own dialog (electron/main/handlers/connections.ts).
  'confirmCredentials.title': 'Send the stored credentials to the new address?',
  'confirmCredentials.text':
    'The tenant address or the proxy of this connection changed to {host}. C4C Connect holds a password or client certificate for it. Keep using it there only if the new address is the same tenant or proxy you trust.',
  'confirmCredentials.keep': 'Keep and use there',
  'confirmCredentials.forget': 'Forget, I will enter it again',
  'confirmCredentials.cancel': 'Cancel',
  'error.CONFIRM_CREDENTIALS':
    'The address changed: confirm that the stored password or certificate may be sent to the new host.',
  // Specific errors of the metadata download and the query runner.
  'error.status401':
    'The tenant answered 401: the technical user was not accepted. Check the user, password or certificate, then run the connection test.',
  'error.status403':
    'The tenant answered 403: the technical user may not use this service. Check the communication arrangement in C4C.',
  'error.redirected':
    'The tenant redirected the request ({status}), usually to a login page: the credentials were not used. Run the connection test.',
  'error.serviceRefused': 'The service refused the request ({status}): {code} {message}',
  'error.statusOnly': 'The tenant answered {status}. Check the service path and try again.',
  'error.inconsistentAuthorization':
    'C4C answered {status} "Inconsistent Authorization: Re-activate Communication Arrangement." Turn "Fetch CSRF token" off for this connection.',
  'error.unreachable':
    'The tenant could not be reached ({code}). Run the connection test to see what is wrong.',

  // ── hand-over to Cloud Integration's OData V2 receiver adapter ────────────────────────────
  'handover.heading': 'Cloud Integration - OData receiver adapter (OData V2) for "{name}"',
  'handover.empty': '(leave empty)',
  'handover.note.address': 'The service root, without the entity set.',
  'handover.note.proxyType':
    'C4C is a cloud tenant reached over the internet; On-Premise is for the Cloud Connector.',
  'handover.note.authCert':
    "The technical user signs in with the key pair from the arrangement's Edit Credentials.",
  'handover.note.authBasic': 'The technical user signs in with user and password.',
  // [keystore] [blog1911]
  'handover.note.privateKeyAlias':
    'Upload the key pair (.p12) under this alias in Monitor > Integrations and APIs > Manage Security > Keystore > Add > Key Pair.',
  // [usercred]
  'handover.note.credentialName':
    'Create it in Monitor > Integrations and APIs > Manage Security > Security Material > Add > User Credentials, with the technical user {user} and its password.',
  // [adapter]: "Keep this option selected (default setting)"; [blog1911]: not needed; [sdk1185].
  'handover.note.csrfOff':
    'Ticked by default: untick CSRF Protected. A technical user needs no CSRF token, and fetching one can make C4C refuse the call ("Inconsistent Authorization", or HTTP 500 "…is not assigned to you").',
  'handover.note.csrfOn': 'Keep it ticked (the default): this connection fetches a CSRF token.',
  'handover.note.resourcePath': 'The entity set the integration reads.',
  'handover.note.queryOptions': 'Paste as written: the adapter encodes the URL itself.',
  'handover.note.dropped':
    'Left out: {options}. The adapter does not support $format and $inlinecount in Query Options, and $top/$skip of a trial query would cut the data.',
  // [adapter]: empty = server-side pagination (__next); Process in Pages takes its size from Page
  // Size and runs in a Looping Process Call. [devguide]: C4C's 1000-row pages hold only for a GET
  // without query options, so no page size is promised here.
  'handover.note.pageSize':
    "Leave Page Size empty so the adapter follows C4C's __next links (server-side paging). Process in Pages (Looping Process Call) needs a Page Size.",
  'handover.note.edmxCert':
    'Save the metadata as this file and choose Local EDMX File in the Model Operation wizard: its Remote connection supports Basic authentication only.',
  'handover.note.edmxBasic':
    'Save the metadata as this file and choose Local EDMX File in the Model Operation wizard (or Remote with the credential name).',
  'handover.otherServices':
    "The arrangement's other services: each needs its own OData receiver adapter with this Address; Proxy Type, Authentication, the alias or credential and CSRF Protected stay as above. Resource Path, Query Options and the EDMX file come from that service's own metadata.",

  // ── dialogs main opens ────────────────────────────────────────────────────────────────────
  'dialog.saveMetadata': 'Save metadata (.edmx)',
  'dialog.metadataFiles': 'OData metadata',
  'dialog.exportHandover': 'Export hand-over for Cloud Integration',
  'dialog.textFiles': 'Text',

  // ── support report (electron/core/support-report) ───────────────────────────────────────
  'dialog.saveReport': 'Save support report',
  'dialog.reportFiles': 'Markdown',
  'report.title': 'C4C Connect: connection test report',
  'report.noSecrets':
    'This report holds no password, no private key and no key pair file: only what the test saw of the tenant and the public facts of the certificates.',
  'report.createdAt': 'Created (UTC)',
  'report.app': 'App',
  'report.os': 'Operating system',
  'report.connection': 'Connection',
  'report.authentication': 'Authentication',
  'report.auth.client-certificate': 'client certificate',
  'report.auth.basic': 'technical user and password',
  'report.auth.none': 'none',
  'report.overall': 'Result',
  'report.clientCertificate': 'Client certificate of the connection, as tested',
  'report.service': 'Service',
  'report.url': 'URL',
  'report.startedAt': 'Started (UTC)',
  'report.totalMs': 'Total time (ms)',
  'report.diagnosis': 'Diagnosis',
  'report.c4cError': "C4C's error",
  'report.stages': 'Stages',
  'report.stage': 'Stage',
  'report.result': 'Result',
  'report.error': 'Error',
  'report.failed': 'failed',
  'report.protocol': 'Protocol and cipher',
  'report.clientCertificateSent': 'Client certificate sent',
  'report.sent.yes': 'yes',
  'report.sent.no': 'no',
  'report.sent.unknown': 'unknown (sent if the server asked for it; this TLS library cannot tell)',
  'report.ok': 'OK',
  'report.verifyError': 'Verification error',
  'report.serverChain': "The server's certificates, as it sent them:",
  'report.subject': 'Subject',
  'report.issuer': 'Issuer',
  'report.validFrom': 'Valid from (UTC)',
  'report.validUntil': 'Valid until (UTC)',
  'report.sha256': 'SHA-256 fingerprint',
  'report.status': 'Status',
  'report.header': 'Header',
  'report.value': 'Value',
  'report.notWritten':
    'The report could not be written to {path} ({reason}): choose another folder or file name.',
  'report.written': 'Report written: {markdown} (and {json} beside it).',

  // ── renewal of a key pair ─────────────────────────────────────────────────────────────────
  // [blog1911] [kba2980997] [renewal] [keystore]
  'renewal.steps': [
    'In C4C, open the communication arrangement, choose Edit Credentials, and create and download a new key pair (.p12), then Save and Activate the arrangement: otherwise C4C discards the new key pair.',
    'In C4C Connect, open Key pairs and replace the old key pair with the new file (connections keep pointing at it).',
    'In Cloud Integration, replace the key pair in Monitor > Integrations and APIs > Manage Security > Keystore, keeping the same alias.',
    'Restart (redeploy) the integration flows that use it: the connection (SSL socket) caches the keystore for 24 hours.',
    'Cut-over: if the tenant does not accept the old and the new certificate at the same time, agree on a short downtime: stop the integration flow, replace the key pair in C4C and in Cloud Integration, then start the flow again.',
  ],
  'renewal.notifyExpired':
    "{name}: expired. Renew it in the arrangement's Edit Credentials, then Save and Activate the arrangement: otherwise C4C discards the new key pair.",
  'renewal.notifyDaysLeft.one': '{name}: {days} day left.',
  'renewal.notifyDaysLeft.other': '{name}: {days} days left.',
  'renewal.notifyTitleExpired.one': '{count} key pair has expired',
  'renewal.notifyTitleExpired.other': '{count} key pairs have expired',
  'renewal.notifyTitleSoon.one': '{count} key pair expires soon',
  'renewal.notifyTitleSoon.other': '{count} key pairs expire soon',
  'renewal.notifyFooter': 'Open C4C Connect for the renewal steps.',
} as const satisfies Record<string, string | readonly string[]>;

export type MessageKey = keyof typeof EN;
