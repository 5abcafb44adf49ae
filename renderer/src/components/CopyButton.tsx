import { Button } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/copy.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api';

/**
 * The one way the renderer copies text: main writes the OS clipboard (one IPC call,
 * `clipboard:write`). Renderers have no clipboard of their own in Electron 44+, and the app denies
 * every web permission, clipboard-sanitized-write included. When main cannot write, the value
 * stays selectable on screen.
 */
export async function copyText(value: string): Promise<boolean> {
  if (!value) return false;
  return (await api.clipboard.write({ text: value })).ok;
}

/** A copy button for one value, beside it; says "Copied" for a moment after a click. */
export function CopyButton({
  value,
  label,
  testId,
  showText = true,
}: {
  value: string;
  /** What is copied, for the accessible name ("Copy: Host Name"). */
  label: string;
  testId?: string;
  /** False: icon only, with the state in the tooltip (for dense lists). */
  showText?: boolean;
}) {
  const { t } = useTranslation();
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <Button
      icon="copy"
      design="Transparent"
      data-testid={testId}
      accessibleName={`${t('actions.copy')}: ${label}`}
      tooltip={copied ? t('actions.copied') : t('actions.copy')}
      disabled={!value}
      onClick={() => void copyText(value).then(setCopied)}
    >
      {copied && showText ? t('actions.copied') : ''}
    </Button>
  );
}
