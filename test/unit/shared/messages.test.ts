/**
 * Completeness of the one message catalog: every message code and advice line has a German text
 * with the same parameters, every error code and diagnosis code is said, and the German texts use
 * SAP's German UI terms consistently.
 */
import { describe, expect, it } from 'vitest';
import { DiagnosisCode } from '../../../shared/domain/diagnosis';
import { ERROR_CODES } from '../../../shared/errors';
import { DE } from '../../../shared/messages/de';
import { EN } from '../../../shared/messages/en';
import { MAIN_DE, MAIN_EN } from '../../../shared/messages/main';
import { formatDate, langOf, say } from '../../../shared/messages/say';

const placeholders = (v: string | readonly string[]) =>
  [...(typeof v === 'string' ? v : v.join('\n')).matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the message catalog', () => {
  it('has a German text for every English one, with the same parameters and as many lines', () => {
    for (const [key, en] of Object.entries(EN)) {
      const de = DE[key as keyof typeof EN];
      expect(de, key).toBeDefined();
      expect(typeof de, key).toBe(typeof en);
      if (typeof en !== 'string') expect((de as readonly string[]).length, key).toBe(en.length);
      expect(placeholders(de), key).toEqual(placeholders(en));
      for (const line of typeof de === 'string' ? [de] : de)
        expect(line.trim().length, key).toBeGreaterThan(0);
    }
    expect(Object.keys(DE).sort()).toEqual(Object.keys(EN).sort());
  });

  it('says every diagnosis code (title and advice) and every error code', () => {
    for (const code of DiagnosisCode.options) {
      expect(EN).toHaveProperty([`diagnosis.${code}.title`]);
      expect(EN).toHaveProperty([`diagnosis.${code}.advice`]);
    }
    for (const code of ERROR_CODES) expect(EN).toHaveProperty([`error.${code}`]);
  });

  it('uses SAP’s German UI terms, never the English object names, in German sentences', () => {
    // C4C's own error text is quoted as C4C writes it, in English.
    const german = Object.values(DE)
      .flat()
      .join('\n')
      .replaceAll('Re-activate Communication Arrangement', '');
    expect(german).toContain('Kommunikationsvereinbarung');
    expect(german).toContain('Kommunikationsszenario');
    expect(german).not.toMatch(/communication (arrangement|system|scenario)/i);
    expect(german).not.toMatch(/technical user/i);
  });

  it('fills numbers and dates in the reader’s language', () => {
    expect(say('de', 'finding.entitySets', { count: 1200 })).toBe(
      'Der Service führt 1.200 Entitätsmengen auf.',
    );
    expect(say('en', 'finding.entitySets', { count: 1200 })).toBe('The service lists 1,200 entity sets.');
    expect(say('de', 'finding.endedOn', { date: '2026-03-05T10:00:00Z' })).toBe(
      'Es ist am 5. März 2026 um 10:00 UTC abgelaufen.',
    );
    expect(say('en', 'finding.endedOn', { date: '2026-03-05T10:00:00Z' })).toBe(
      'It ended on 5 March 2026 at 10:00 UTC.',
    );
    expect(formatDate('en', '2026-03-05T10:00:00Z')).toBe('Mar 5, 2026');
    // A parameter's value is never read as a placeholder.
    expect(say('en', 'finding.tlsFailed', { code: '{code}' })).toBe('The secure connection failed ({code}).');
    expect(langOf('de-AT')).toBe('de');
    expect(langOf('fr-FR')).toBe('en');
  });

  it('tells the corrected facts: Edit Credentials in the arrangement, custom services, API monitor', () => {
    expect(EN['diagnosis.UNAUTHORIZED.advice'].join(' ')).toContain(
      "communication arrangement's Edit Credentials",
    );
    expect(EN['diagnosis.UNAUTHORIZED.advice'].join(' ')).not.toMatch(/communication system/);
    expect(EN['diagnosis.CLIENT_CERT_EXPIRED.advice'].join(' ')).not.toMatch(/communication system/);
    expect(EN['diagnosis.NOT_FOUND.advice'].join(' ')).toContain('/sap/c4c/odata/cust/v1/');
    expect(EN['diagnosis.NOT_ODATA.advice'].join(' ')).toContain('/sap/c4c/odata/cust/v1/');
    // KBA 3048103's path to the monitor.
    expect(EN['diagnosis.SERVER_ERROR.advice'].join(' ')).toContain(
      'Administrator > General Settings > System Administration > OData API Monitor, select the entry, View Response Payload',
    );
  });

  it('says Save and Activate wherever a new key pair is made in C4C, in English and German (KBA 2980997)', () => {
    for (const key of [
      'diagnosis.CLIENT_CERT_EXPIRED.advice',
      'diagnosis.CLIENT_CERT_REJECTED.advice',
      'diagnosis.UNAUTHORIZED.advice',
      'renewal.steps',
      'renewal.notifyExpired',
    ] as const) {
      expect([EN[key]].flat().join(' '), key).toContain(
        'then Save and Activate the arrangement: otherwise C4C discards the new key pair',
      );
      expect([DE[key]].flat().join(' '), key).toContain(
        '„Save and Activate“ (englische Oberfläche), sonst verwirft C4C das neue Schlüsselpaar',
      );
    }
  });

  it('names C4C’s screens by their English labels in German too, marked as such', () => {
    const all = JSON.stringify(DE);
    for (const unsourced of ['Zugangsdaten bearbeiten', 'Grundeinstellungen', 'Sichern und Aktivieren'])
      expect(all).not.toContain(unsourced);
    expect(all).toContain('„Edit Credentials“ (englische Oberfläche)');
  });

  it('has main’s own texts (dialogs, menu, errors) in German with the same parameters', () => {
    expect(Object.keys(MAIN_DE).sort()).toEqual(Object.keys(MAIN_EN).sort());
    for (const [key, en] of Object.entries(MAIN_EN)) {
      const de = MAIN_DE[key as keyof typeof MAIN_EN];
      expect(placeholders(de), key).toEqual(placeholders(en));
      if (!key.startsWith('menu.copy')) expect(de, key).not.toBe(en);
    }
    // One catalog: a key of main's never shadows a key of core's.
    for (const key of Object.keys(MAIN_EN)) expect(EN, key).not.toHaveProperty([key]);
  });
});
