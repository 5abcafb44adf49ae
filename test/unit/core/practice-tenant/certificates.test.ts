/**
 * The practice tenant's key pair is made fresh at every start and is of no use after the next one,
 * so it must not tell the consultant it "expires soon" (nor remind them of it): nothing they could
 * do about it. Its certificates last far beyond the warning's threshold; a real key pair near
 * expiry still gets the warning whenever it is shown.
 */
import { describe, expect, it } from 'vitest';
import { makePracticePki } from '../../../../electron/core/practice-tenant/certificates';
import { EXPIRES_SOON_DAYS, withCurrentDates } from '../../../../electron/core/keypairs/records';
import { REMIND_DAYS } from '../../../../electron/core/reminders/expiry';
import { openPkcs12 } from '../../../../electron/core/pkcs12/index';
import { X509Certificate } from 'node:crypto';

const DAY_MS = 86_400_000;

describe('the practice tenant key pair', () => {
  it('carries no expiry warning, and lasts well past the warning and the reminder', async () => {
    const pki = await makePracticePki('practice-password');
    const { inspection } = await openPkcs12(pki.clientP12, 'practice-password');
    expect(inspection.warnings).not.toContain('CERT_EXPIRES_SOON');
    const threshold = Math.max(EXPIRES_SOON_DAYS, REMIND_DAYS);
    expect(inspection.certificate.daysLeft).toBeGreaterThan(2 * threshold);
    // The server certificate and the CA too: the CA outlives what it issued.
    const ca = new X509Certificate(pki.ca.certPem);
    for (const pem of [pki.server.certPem, pki.client.certPem]) {
      const leaf = new X509Certificate(pem);
      expect(Date.parse(leaf.validTo) - Date.now()).toBeGreaterThan(2 * threshold * DAY_MS);
      expect(Date.parse(leaf.validTo)).toBeLessThanOrEqual(Date.parse(ca.validTo));
    }
  });

  it('leaves the warning to real key pairs near expiry: 29 days left warns', async () => {
    const pki = await makePracticePki('practice-password');
    const { inspection } = await openPkcs12(pki.clientP12, 'practice-password');
    const record = {
      id: 'k',
      name: 'Real',
      secretId: 'kp-k',
      ...inspection,
    };
    const notAfter = Date.parse(inspection.certificate.notAfter);
    const nearExpiry = new Date(notAfter - (EXPIRES_SOON_DAYS - 1) * DAY_MS);
    const shown = withCurrentDates(record as unknown as Parameters<typeof withCurrentDates>[0], nearExpiry);
    expect(shown.warnings).toContain('CERT_EXPIRES_SOON');
    expect(shown.certificate.daysLeft).toBe(EXPIRES_SOON_DAYS - 1);
  });
});
