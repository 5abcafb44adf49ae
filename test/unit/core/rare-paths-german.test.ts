/**
 * Rare errors of core carry their sentence as a key, so a German UI and `--lang de` say them in
 * German with their specifics (the host, the name, the limit); the English message stays as it was.
 */
import { describe, expect, it } from 'vitest';
import { checkEntitySets } from '../../../electron/core/access-check/access-check-service';
import { normaliseTenantHost } from '../../../electron/core/connections/tenant-host';
import { problems } from '../../../electron/core/pkcs12/problems';
import { underServiceRoot } from '../../../electron/core/odata/query-run';
import { assertSecretId } from '../../../electron/core/vault/vault';
import { sayMessage } from '../../../shared/messages/say';
import { CodedError } from '../../../shared/result';

function thrown(run: () => unknown): CodedError {
  try {
    run();
  } catch (error) {
    if (error instanceof CodedError) return error;
    throw error;
  }
  throw new Error('nothing thrown');
}

const german = (e: CodedError) => sayMessage('de', e.says!);

describe('rare errors in German', () => {
  it('says tenant address slips with what was typed', () => {
    const scheme = thrown(() => normaliseTenantHost('ftp://my123456.crm.ondemand.com'));
    expect(scheme.message).toContain('"ftp://" is not possible');
    expect(german(scheme)).toBe(
      'C4C-Tenants sind nur über HTTPS erreichbar; „ftp://“ ist nicht möglich. Verwenden Sie https:// oder nur den Hostnamen.',
    );
    expect(german(thrown(() => normaliseTenantHost('')))).toContain('Geben Sie die Tenant-Adresse ein');
  });

  it('says the entity set limits, a query outside the root, a bad secret id', () => {
    const many = thrown(() => checkEntitySets(Array.from({ length: 51 }, (_, i) => `Set${i}`)));
    expect(german(many)).toBe('Wählen Sie höchstens 50 Entitätsmengen.');
    expect(german(thrown(() => checkEntitySets(['a b'])))).toContain(
      '„a b“ ist kein Name einer Entitätsmenge',
    );
    const outside = thrown(() => underServiceRoot('https://evil.example/x', 'https://h.example/sap/'));
    expect(german(outside)).toContain('unter dem Service-Stamm https://h.example/sap/ bleiben');
    expect(german(thrown(() => assertSecretId('../x')))).toBe('„../x“ ist keine gültige Geheimnis-ID.');
  });

  it('says a .p12 problem with its numbers the German way', () => {
    const rounds = problems.tooManyIterations(5_000_000, 2_000_000);
    expect(rounds.message).toContain('asks for 5,000,000 rounds');
    expect(german(rounds)).toContain('verlangt 5.000.000 Runden Schlüsselableitung, mehr als die 2.000.000');
  });
});
