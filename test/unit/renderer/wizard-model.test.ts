import { describe, expect, it } from 'vitest';
import {
  STEPS,
  emptyDraft,
  nextStep,
  previousStep,
  serviceNameOf,
  stillWrong,
  suggestedSystemId,
  validateStep,
  withServicePath,
} from '../../../shared/wizard/wizard-model';

const facts = { passwordStored: false };

describe('the guided setup model', () => {
  it('walks the seven steps in order, forward and back', () => {
    expect(STEPS).toEqual(['tenant', 'system', 'arrangement', 'credentials', 'test', 'metadata', 'handover']);
    expect(nextStep('tenant')).toBe('system');
    expect(nextStep('handover')).toBeNull();
    expect(previousStep('tenant')).toBeNull();
    expect(previousStep('test')).toBe('credentials');
  });

  it('tenant: a name and an address are needed', () => {
    expect(Object.keys(validateStep('tenant', emptyDraft(), facts)).sort()).toEqual(['name', 'tenantHost']);
    expect(
      validateStep('tenant', { ...emptyDraft(), name: 'A', tenantHost: 'my123456.crm.ondemand.com' }, facts),
    ).toEqual({});
  });

  it('system: a C4C-shaped system ID, the host name and "done in C4C"', () => {
    const d = emptyDraft();
    expect(Object.keys(validateStep('system', d, facts)).sort()).toEqual([
      'hostName',
      'systemDone',
      'systemId',
    ]);
    const ok = { ...d, system: { systemId: 'CPI_DEV', hostName: 'cpi.example.com', doneInC4c: true } };
    expect(validateStep('system', ok, facts)).toEqual({});
    expect(
      validateStep('system', { ...ok, system: { ...ok.system, systemId: 'cpi dev' } }, facts),
    ).toHaveProperty('systemId');
  });

  it('arrangement: service paths start with /, the technical user and "done in C4C"', () => {
    const d = emptyDraft();
    expect(Object.keys(validateStep('arrangement', d, facts)).sort()).toEqual([
      'arrangementDone',
      'technicalUser',
    ]);
    const bad = {
      ...d,
      arrangement: {
        ...d.arrangement,
        services: [{ name: 'x', path: 'sap/c4c' }],
        technicalUser: '_CPI',
        doneInC4c: true,
      },
    };
    expect(validateStep('arrangement', bad, facts)).toEqual({ 'service-0-path': 'errors.servicePath' });
  });

  it('credentials: a key pair, or a stored password', () => {
    const d = emptyDraft();
    expect(validateStep('credentials', d, facts)).toEqual({ keyPair: 'errors.keyPairRequired' });
    expect(
      validateStep('credentials', { ...d, auth: { method: 'client-certificate', keyPairId: 'k' } }, facts),
    ).toEqual({});
    const basic = { ...d, auth: { method: 'basic' as const, user: '_CPI', passwordSecretId: null } };
    expect(validateStep('credentials', basic, facts)).toEqual({ password: 'errors.passwordRequired' });
    expect(validateStep('credentials', basic, { passwordStored: true })).toEqual({});
  });

  it('test, metadata and hand-over never block', () => {
    for (const s of ['test', 'metadata', 'handover'] as const)
      expect(validateStep(s, emptyDraft(), facts)).toEqual({});
  });

  it('suggests a system ID by environment and names a service from its path', () => {
    expect(suggestedSystemId({ environment: 'production' })).toBe('CPI_PRD');
    expect(serviceNameOf('/sap/c4c/odata/cust/v1/my_service/')).toBe('my_service');
  });

  it('credentials: an expired key pair does not move on', () => {
    const d = { ...emptyDraft(), auth: { method: 'client-certificate' as const, keyPairId: 'kp-1' } };
    expect(validateStep('credentials', d, facts)).toEqual({});
    expect(validateStep('credentials', d, { ...facts, keyPairUnusable: true })).toEqual({
      keyPair: 'errors.keyPairExpired',
    });
  });

  it('a field error goes as soon as the field is fixed; the others stay', () => {
    const errors = validateStep('tenant', emptyDraft(), facts);
    const fixed = stillWrong(errors, 'tenant', { ...emptyDraft(), name: 'A' }, facts);
    expect(fixed).toEqual({ tenantHost: 'errors.tenantRequired' });
    // The tenant check's own refusal goes when the address changes.
    expect(
      stillWrong({ tenantHost: 'errors.tenantInvalid' }, 'tenant', { ...emptyDraft(), tenantHost: 'x' }, facts),
    ).toEqual({});
  });

  it("a pasted service path replaces the untouched default service, or joins the arrangement's list", () => {
    const path = '/sap/c4c/odata/cust/v1/accounthierarchylist/';
    const replaced = withServicePath(emptyDraft(), path);
    expect(replaced.arrangement.services).toEqual([{ name: 'accounthierarchylist', path }]);
    expect(withServicePath(replaced, path)).toBe(replaced);
    const two = withServicePath(replaced, '/sap/c4c/odata/v1/c4codataapi/');
    expect(two.arrangement.services.map((s) => s.name)).toEqual(['accounthierarchylist', 'c4codataapi']);
    expect(withServicePath(emptyDraft(), '/sap/c4c/odata/v1/c4codataapi/')).toEqual(emptyDraft());
  });
});
