/**
 * The one place a URL is made fit for a message, a log or --json output: user and password are
 * dropped, and query parameters that usually carry a secret lose their value. Issue 9: a proxy URL
 * with a password was echoed in an error.
 */

const SECRET_PARAM = new Set([
  'password',
  'passwd',
  'pwd',
  'pass',
  'secret',
  'client_secret',
  'token',
  'access_token',
  'id_token',
  'refresh_token',
  'apikey',
  'api_key',
  'key',
  'sig',
  'signature',
  'code',
  'auth',
  'session',
  'sessionid',
  'saml2',
  'samlresponse',
  'samlrequest',
  'relaystate',
  'mysapsso2',
  // SAP's logon parameters in a URL (sap-user is a name, not a secret).
  'sap-password',
]);

const HIDDEN = '(hidden)';

/** A URL with no user, password or secret query value; text that is no URL comes back unchanged. */
export function redactUrl(text: string): string {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return redactUserinfo(text);
  }
  if (url.username || url.password) {
    url.username = '';
    url.password = '';
  }
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.has(name.toLowerCase())) url.searchParams.set(name, HIDDEN);
  }
  // The fragment is where an identity provider hands back tokens (#access_token=, #id_token=).
  url.hash = '';
  return url.href;
}

/**
 * A redirect's Location, redacted: a relative one (`/saml2/sp/acs?SAMLResponse=...`) is resolved
 * against the address that answered first, so its query is redacted like any URL's. What cannot be
 * read as an address keeps only its part before any query or fragment.
 */
export function redactLocation(location: string, requestUrl: string): string {
  try {
    return redactUrl(new URL(location, requestUrl).href);
  } catch {
    return redactUserinfo(location.split(/[?#]/, 1)[0] ?? '');
  }
}

/** "scheme://user:pass@host" in text that did not parse as a URL: the user part is cut. */
function redactUserinfo(text: string): string {
  const scheme = text.indexOf('://');
  if (scheme === -1) return text;
  // Everything up to the last @: a password may hold "/" (then the text does not parse) and a path
  // may hold "@"; cutting too much of an address that is shown only is the safe side.
  const at = text.lastIndexOf('@');
  return at > scheme ? `${text.slice(0, scheme + 3)}${text.slice(at + 1)}` : text;
}

/**
 * A message about to reach a terminal: control characters (ESC sequences, lone CR), line and
 * paragraph separators and bidi overrides become spaces, and every URL-looking word is redacted,
 * so an argument echoed back can neither repaint the terminal nor show a password.
 */
export function forTerminal(message: string): string {
  return redactUrlsIn(blankControls(message));
}

/**
 * Control characters, separators, bidi overrides and marks, and zero-width no-break spaces as one
 * space each run: a line from a server or a file name cannot repaint or reorder the terminal, but
 * its URLs are left as they are (a query's next page).
 */
export function blankControls(text: string): string {
  return text.replace(/[\p{Cc}\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]+/gu, ' ');
}

/** Every URL-looking word of a message, redacted. */
export function redactUrlsIn(message: string): string {
  return message
    .split(' ')
    .map((word) => (word.includes('://') ? redactUrl(word) : word))
    .join(' ');
}
