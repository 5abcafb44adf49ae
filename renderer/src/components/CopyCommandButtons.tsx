import { Button } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/copy.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { asCurl, asPowerShell, reproduceRequestOf } from '../../../shared/reproduce/copy-command';
import { api } from '../api';
import { copyText } from './CopyButton';

type Kind = 'curl' | 'powershell';

/**
 * "Copy as curl" and "Copy as PowerShell" for a request of a saved connection (issue 13): the
 * command is built from the connection as saved, with placeholders for the files the user exports
 * and environment variables or prompts for every secret, and goes through the one copy path.
 */
export function CopyCommandButtons({
  connectionId,
  url,
  testIdPrefix,
}: {
  connectionId: string;
  url: string;
  testIdPrefix: string;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState<Kind | null>(null);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(null), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  const copy = async (kind: Kind) => {
    const r = await api.connection.get({ connectionId });
    if (!r.ok) return;
    const request = reproduceRequestOf(r.value, url);
    if (await copyText(kind === 'curl' ? asCurl(request) : asPowerShell(request))) setCopied(kind);
  };
  return (
    <>
      {(['curl', 'powershell'] as const).map((kind) => (
        <Button
          key={kind}
          icon="copy"
          design="Transparent"
          disabled={!url}
          tooltip={t('copyAs.hint')}
          data-testid={`${testIdPrefix}-copy-${kind}`}
          onClick={() => void copy(kind)}
        >
          {copied === kind ? t('actions.copied') : t(`copyAs.${kind}`)}
        </Button>
      ))}
    </>
  );
}
