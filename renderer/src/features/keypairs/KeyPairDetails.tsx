import { Button, Label, List, ListItemStandard, MessageStrip, Text, Title } from '@ui5/webcomponents-react';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../shared/contract/keypairs';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { protectionSummary } from '../../../../shared/messages/protection';
import { uiLanguage } from '../../i18n/messages';
import { ExpiryStatus } from './ExpiryStatus';
import { colonHex, formatDate, renewalDue } from './format';

interface Props {
  keyPair: KeyPairSummary;
  onExport: (format: ExportFormat) => void;
  onDelete: () => void;
  onRenew: () => void;
  onRename: () => void;
}

/** An ObjectPage-like header (name, common name, expiry status, actions) over the certificate facts. */
export function KeyPairDetails({ keyPair: k, onExport, onDelete, onRenew, onRename }: Props) {
  const { t, i18n } = useTranslation('keypairs');
  const c = k.certificate;
  const date = (iso: string) => formatDate(iso, i18n.language);
  // A key size is a name ("RSA 4096"), not a quantity: never grouped as 4.096.
  const size = String(c.keySize);
  const key =
    c.keyAlgorithm === 'EC'
      ? t('details.keyEc', { curve: c.curve ?? '?', size })
      : t('details.keyRsa', { size });
  const facts: [string, string, string?][] = [
    [t('details.subject'), c.subject],
    [t('details.issuer'), c.issuer],
    [t('details.serial'), c.serialNumber, 'mono'],
    [t('details.validity'), t('details.validRange', { from: date(c.notBefore), to: date(c.notAfter) })],
    [t('details.sha256'), colonHex(c.sha256), 'mono'],
    [t('details.sha1'), colonHex(c.sha1), 'mono'],
    [t('details.key'), key],
    [t('details.eku'), c.extendedKeyUsage.length ? c.extendedKeyUsage.join(', ') : t('details.ekuNone')],
    [t('details.clientAuth'), c.clientAuth ? t('details.yes') : t('details.no')],
    // Stored in English (core writes it, earlier versions too): said in the UI's language.
    [t('details.fileProtection'), protectionSummary(uiLanguage(i18n), k.fileProtection.summary)],
    [t('details.file'), t('details.importedFrom', { file: k.fileName, date: date(k.importedAt) })],
  ];

  return (
    <article
      className="keypair-details"
      aria-labelledby="keypair-details-title"
      data-testid="keypair-details"
    >
      <header className="keypair-header">
        <div className="keypair-header-main">
          <Title level="H2" id="keypair-details-title">
            {k.name}
          </Title>
          <Text className="keypair-header-subtitle">{c.commonName}</Text>
        </div>
        <div className="keypair-header-kpi">
          <ExpiryStatus keyPair={k} large />
          <Text>{t('details.until', { date: date(c.notAfter) })}</Text>
        </div>
        <div className="keypair-actions">
          <Button
            design={renewalDue(k) ? 'Emphasized' : 'Default'}
            onClick={onRenew}
            data-testid="keypair-renew"
          >
            {t('renew.action')}
          </Button>
          <Button onClick={onRename} data-testid="keypair-rename">
            {t('rename.action')}
          </Button>
          <Button onClick={() => onExport('p12-original')} data-testid="keypair-export-original">
            {t('export.original')}
          </Button>
          <Button onClick={() => onExport('p12-new-password')} data-testid="keypair-export-new-password">
            {t('export.newPasswordAction')}
          </Button>
          <Button onClick={() => onExport('cert-pem')} data-testid="keypair-export-pem">
            {t('export.pem')}
          </Button>
          <Button onClick={() => onExport('cert-der')} data-testid="keypair-export-der">
            {t('export.der')}
          </Button>
          <Button design="Negative" icon="delete" onClick={onDelete} data-testid="keypair-delete">
            {t('delete.action')}
          </Button>
        </div>
      </header>

      {k.warnings.map((w) => (
        <MessageStrip
          key={w}
          design={w === 'CERT_EXPIRED' || w === 'CERT_NOT_YET_VALID' ? 'Negative' : 'Critical'}
          hideCloseButton
          data-testid={`keypair-warning-${w}`}
        >
          {t(`warnings.${w}`, { days: c.daysLeft })}
        </MessageStrip>
      ))}

      <section aria-labelledby="keypair-cert-title">
        <Title level="H3" id="keypair-cert-title" className="keypair-section-title">
          {t('details.certificate')}
        </Title>
        <dl className="keypair-facts">
          {facts.map(([label, value, cls]) => (
            <Fragment key={label}>
              <dt>
                <Label showColon>{label}</Label>
              </dt>
              <dd className={cls}>{value}</dd>
            </Fragment>
          ))}
        </dl>
      </section>

      <section aria-labelledby="keypair-chain-title">
        <Title level="H3" id="keypair-chain-title" className="keypair-section-title">
          {t('details.chain', { count: k.chain.length })}
        </Title>
        <List accessibleName={t('details.chain', { count: k.chain.length })} data-testid="keypair-chain">
          {k.chain.map((cert, i) => (
            <ListItemStandard
              key={`${cert.sha256}-${i}`}
              text={cert.subject}
              description={t('details.issuedBy', { issuer: cert.issuer })}
              additionalText={t('details.until', { date: date(cert.notAfter) })}
            />
          ))}
        </List>
      </section>
    </article>
  );
}
