/**
 * The guided setup's data: the connection being set up (as connection:save takes it), the steps in
 * order, and what each step needs before Next. Pure, so a unit test covers the rules.
 */
import type { ConnectionInput } from '../contract/connections';
import { WIZARD_STEPS } from '../constants';
import type { WizardStep } from '../contract/wizard';
import type { Connection } from '../domain/connection';

export type { WizardStep };
export const STEPS: readonly WizardStep[] = WIZARD_STEPS;
export const C4CODATAAPI_PATH = '/sap/c4c/odata/v1/c4codataapi/';
export const SCENARIO = 'OData Services for Business Objects';

export type Draft = ConnectionInput;

export const emptyDraft = (): Draft => ({
  name: '',
  environment: 'development',
  tenantHost: '',
  system: { systemId: '', hostName: '', doneInC4c: false },
  arrangement: {
    scenario: SCENARIO,
    services: [{ name: 'c4codataapi', path: C4CODATAAPI_PATH }],
    technicalUser: '',
    doneInC4c: false,
  },
  auth: { method: 'client-certificate', keyPairId: null },
  proxy: { mode: 'system' },
  trust: { extraCaPem: [], useOsTrustStore: false },
  fetchCsrfToken: false,
  timeoutSeconds: 20,
});

/**
 * A saved connection back into the form the wizard edits: store-only fields dropped, vault ids too
 * (main derives them; connection:save refuses them).
 */
export function draftOf(c: Connection): Draft {
  const { createdAt: _c, updatedAt: _u, auth, proxy, ...rest } = c;
  return {
    ...rest,
    auth:
      auth.method === 'basic'
        ? { method: 'basic', user: auth.user }
        : { method: 'client-certificate', keyPairId: auth.keyPairId },
    proxy:
      proxy.mode === 'manual'
        ? { mode: 'manual', url: proxy.url, user: proxy.user, noProxy: proxy.noProxy }
        : { mode: proxy.mode },
  };
}

/** Whether the vault holds the technical user's password of this saved connection. */
export const passwordStoredIn = (c: Connection): boolean =>
  c.auth.method === 'basic' && c.auth.passwordSecretId !== null;

export const nextStep = (s: WizardStep): WizardStep | null => STEPS[STEPS.indexOf(s) + 1] ?? null;
export const previousStep = (s: WizardStep): WizardStep | null => STEPS[STEPS.indexOf(s) - 1] ?? null;

/** C4C's System ID: letters, digits, "_" and "-"; 20 characters keeps it readable in C4C's lists. */
const SYSTEM_ID = /^[A-Z0-9][A-Z0-9_-]{0,19}$/;
const ENV_SUFFIX = { development: 'DEV', test: 'TST', production: 'PRD' } as const;

/** A System ID suggestion: CPI_DEV, CPI_TST, CPI_PRD (the environment of the connection). */
export const suggestedSystemId = (d: Pick<Draft, 'environment'>): string =>
  `CPI_${ENV_SUFFIX[d.environment]}`;

/** Field -> i18n key (wizard namespace) of what is missing or wrong. */
export type StepErrors = Partial<Record<string, string>>;

export interface StepFacts {
  /** A password for this connection is in the vault (basic authentication). */
  passwordStored: boolean;
  /** The chosen key pair's certificate has ended (or has not begun): the tenant would refuse it. */
  keyPairUnusable?: boolean;
}

export function validateStep(step: WizardStep, d: Draft, facts: StepFacts): StepErrors {
  const e: StepErrors = {};
  switch (step) {
    case 'tenant':
      if (!d.name.trim()) e.name = 'errors.nameRequired';
      if (!d.tenantHost.trim()) e.tenantHost = 'errors.tenantRequired';
      break;
    case 'system':
      if (!SYSTEM_ID.test(d.system.systemId)) e.systemId = 'errors.systemId';
      if (!d.system.hostName.trim()) e.hostName = 'errors.hostNameRequired';
      if (!d.system.doneInC4c) e.systemDone = 'errors.doneInC4c';
      break;
    case 'arrangement':
      if (d.arrangement.services.length === 0) e.services = 'errors.serviceRequired';
      d.arrangement.services.forEach((s, i) => {
        if (!s.name.trim()) e[`service-${String(i)}-name`] = 'errors.serviceName';
        if (!/^\/[^\s?#]*$/.test(s.path)) e[`service-${String(i)}-path`] = 'errors.servicePath';
      });
      if (!d.arrangement.technicalUser.trim()) e.technicalUser = 'errors.technicalUser';
      if (!d.arrangement.doneInC4c) e.arrangementDone = 'errors.doneInC4c';
      break;
    case 'credentials':
      if (d.auth.method === 'client-certificate' && !d.auth.keyPairId) e.keyPair = 'errors.keyPairRequired';
      else if (d.auth.method === 'client-certificate' && facts.keyPairUnusable)
        e.keyPair = 'errors.keyPairExpired';
      if (d.auth.method === 'basic' && !facts.passwordStored) e.password = 'errors.passwordRequired';
      break;
    case 'test':
    case 'metadata':
    case 'handover':
      // The test and the metadata are there to help, not to gate: a consultant may hand over a
      // connection whose tenant is not reachable from this laptop (e.g. only from CPI).
      break;
  }
  return e;
}

/** A service name from its path: /sap/c4c/odata/cust/v1/my_service/ -> my_service. */
export function serviceNameOf(path: string): string {
  const parts = path.split('/').filter(Boolean);
  return parts[parts.length - 1] ?? '';
}

/**
 * A service path from a pasted service or $metadata URL goes to the arrangement's services: it
 * replaces the untouched default (c4codataapi), or joins the list; nothing changes when it is there.
 */
export function withServicePath(d: Draft, path: string): Draft {
  const services = d.arrangement.services;
  if (services.some((s) => s.path === path)) return d;
  const untouched =
    services.length === 1 && services[0]?.path === C4CODATAAPI_PATH && services[0].name === 'c4codataapi';
  const added = { name: serviceNameOf(path), path };
  return {
    ...d,
    arrangement: { ...d.arrangement, services: untouched ? [added] : [...services, added] },
  };
}

/** Only the errors still true of the draft: a field's message goes as soon as it is fixed. */
export function stillWrong(errors: StepErrors, step: WizardStep, d: Draft, facts: StepFacts): StepErrors {
  const now = validateStep(step, d, facts);
  const kept: StepErrors = {};
  for (const key of Object.keys(errors)) {
    // A tenant address the check refused has its message from the live check, not from here.
    if (now[key] !== undefined) kept[key] = now[key];
  }
  return kept;
}
