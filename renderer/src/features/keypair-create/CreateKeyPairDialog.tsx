import { Label, MessageStrip, Option, Select, StepInput } from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyKind } from '../../../../shared/contract/keypair-create';
import type { KeyPairSummary } from '../../../../shared/domain/keypair';
import { api } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { LabeledInput } from '../../components/LabeledInput';
import { defaultSubject } from './subject';

interface Props {
  open: boolean;
  /** Proposes the subject (CN technical user, OU communication system) when the wizard knows them. */
  technicalUser?: string;
  communicationSystem?: string;
  onCreated: (keyPair: KeyPairSummary) => void;
  onClose: () => void;
}

const KINDS: KeyKind[] = ['rsa2048', 'rsa3072', 'rsa4096', 'ec256'];

/** "Create a key pair here": name, subject, key type and validity. The parent remounts it per opening. */
export function CreateKeyPairDialog({ open, technicalUser, communicationSystem, onCreated, onClose }: Props) {
  const { t } = useTranslation('keypair-create');
  const [name, setName] = useState(communicationSystem ? `${communicationSystem} (created here)` : '');
  const [subject, setSubject] = useState(defaultSubject(technicalUser, communicationSystem));
  const [key, setKey] = useState<KeyKind>('rsa2048');
  const [days, setDays] = useState(365);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const create = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const r = await api.keypair.create({ name: name.trim(), subject: subject.trim(), key, days });
    setBusy(false);
    if (r.ok) onCreated(r.value);
    else setError(r.error.message);
  };
  const ready = name.trim() !== '' && subject.trim().length >= 3 && !busy;
  return (
    <FormDialog
      open={open}
      headerText={t('dialog.title')}
      testId="keypair-create-dialog"
      onClose={onClose}
      submit={{
        text: busy ? t('dialog.busy') : t('dialog.submit'),
        disabled: !ready,
        onClick: () => void create(),
        testId: 'keypair-create-submit',
      }}
      cancelText={t('dialog.cancel')}
    >
      <MessageStrip design="Information" hideCloseButton>
        {t('dialog.intro')}
      </MessageStrip>
      <LabeledInput
        id="kc-name"
        label={t('dialog.name')}
        testId="keypair-create-name"
        value={name}
        required
        onInput={setName}
      />
      <LabeledInput
        id="kc-subject"
        label={t('dialog.subject')}
        testId="keypair-create-subject"
        value={subject}
        required
        onInput={setSubject}
      />
      <Label for="kc-key" showColon>
        {t('dialog.key')}
      </Label>
      <Select
        id="kc-key"
        data-testid="keypair-create-key"
        accessibleName={t('dialog.key')}
        value={key}
        onChange={(e) => setKey((e.detail.selectedOption.dataset.value ?? 'rsa2048') as KeyKind)}
      >
        {KINDS.map((k) => (
          <Option key={k} value={k} data-value={k}>
            {t(`keys.${k}`)}
          </Option>
        ))}
      </Select>
      <Label for="kc-days" showColon>
        {t('dialog.days')}
      </Label>
      <StepInput
        id="kc-days"
        data-testid="keypair-create-days"
        accessibleName={t('dialog.days')}
        min={1}
        max={3650}
        value={days}
        onChange={(e) => setDays(Math.round(e.target.value))}
      />
      {error && (
        <MessageStrip design="Negative" hideCloseButton role="alert">
          {error}
        </MessageStrip>
      )}
    </FormDialog>
  );
}
