import { Button, MessageStrip } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileHelpers } from './files';

interface Props {
  keyPairId: string;
  file: File;
  onDone: () => void;
}

/**
 * After an import: offer to move the downloaded .p12 to the trash (a key file should not lie in
 * Downloads on a laptop). Only when the user clicks; main checks the file is the one imported.
 */
export function TrashOriginalOffer({ keyPairId, file, onDone }: Props) {
  const { t } = useTranslation('keypair-create');
  const [state, setState] = useState<'ask' | 'busy' | 'done' | 'failed'>('ask');
  const [message, setMessage] = useState('');
  const helpers = fileHelpers();
  if (!helpers) return null;
  const trash = async () => {
    setState('busy');
    const r = await helpers.trashOriginal(keyPairId, file);
    if (r.ok) setState('done');
    else {
      setMessage(r.error?.message ?? '');
      setState('failed');
    }
  };
  if (state === 'done')
    return (
      <MessageStrip design="Positive" onClose={onDone} data-testid="trash-original-done">
        {t('trash.done', { file: file.name })}
      </MessageStrip>
    );
  return (
    <MessageStrip
      design={state === 'failed' ? 'Negative' : 'Information'}
      onClose={onDone}
      data-testid="trash-original-offer"
    >
      {state === 'failed' ? message : t('trash.question', { file: file.name })}{' '}
      {state !== 'failed' && (
        <Button
          design="Transparent"
          disabled={state === 'busy'}
          onClick={() => void trash()}
          data-testid="trash-original"
        >
          {t('trash.action')}
        </Button>
      )}
    </MessageStrip>
  );
}
