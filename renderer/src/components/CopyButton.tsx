import { Button } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/copy.js';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The one way the renderer copies text: every copy button goes through here, so moving the
 * clipboard to main (one IPC call) is a change in this file only.
 */
export async function copyText(value: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(value);
    return true;
  } catch {
    // Clipboard refused (no focus, policy): the value stays selectable on screen.
    return false;
  }
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
