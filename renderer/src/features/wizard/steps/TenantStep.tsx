import {
  Button,
  CheckBox,
  FileUploader,
  Input,
  Label,
  MessageStrip,
  Option,
  Select,
  Text,
} from '@ui5/webcomponents-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENVIRONMENTS, oneOf } from '../../../../../shared/constants';
import { api } from '../../../api';
import { FieldError } from '../FieldError';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';

type Check = { host: string; c4cTenantId: string | null } | { error: string } | null;

/** Tenant: the address as the consultant has it (URL or host), a name and the environment. */
export function TenantStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation('wizard');
  const [check, setCheck] = useState<Check>(null);
  const [practiceBusy, setPracticeBusy] = useState(false);
  const [practiceError, setPracticeError] = useState<string | null>(null);

  // The same rules as saving (main normalises), asked while typing so the user sees the host early.
  useEffect(() => {
    const input = draft.tenantHost.trim();
    if (!input) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.wizard.checkTenant({ input }).then((r) => {
        if (live) setCheck(r.ok ? r.value : { error: r.error.message });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft.tenantHost]);

  const startPractice = async () => {
    setPracticeBusy(true);
    setPracticeError(null);
    const r = await api.practice.start({});
    setPracticeBusy(false);
    if (!r.ok) {
      setPracticeError(r.error.message);
      return;
    }
    update({
      name: draft.name || t('tenant.practiceName'),
      environment: 'test',
      tenantHost: r.value.tenantHost,
      // The practice tenant's own CA, trusted for this connection only.
      trust: { extraCaPem: [r.value.caPem], useOsTrustStore: false },
    });
  };

  const readCa = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    if (!text.includes('-----BEGIN CERTIFICATE-----')) return;
    update({ trust: { ...draft.trust, extraCaPem: [...draft.trust.extraCaPem, text].slice(0, 10) } });
  };

  return (
    <div className="step-body">
      <StepHelp text={t('tenant.help')} />
      <div className="form-grid">
        <Label for="wz-tenant" showColon required>
          {t('tenant.address')}
        </Label>
        <div>
          <Input
            id="wz-tenant"
            data-testid="wz-tenant"
            accessibleName={t('tenant.address')}
            accessibleDescriptionRef="wz-tenant-hint"
            placeholder="my123456.crm.ondemand.com"
            value={draft.tenantHost}
            valueState={
              errors.tenantHost || (draft.tenantHost.trim() && check && 'error' in check)
                ? 'Negative'
                : 'None'
            }
            onInput={(e) => update({ tenantHost: e.target.value })}
          />
          <Text id="wz-tenant-hint" className="field-hint" data-testid="wz-tenant-check">
            {check === null || !draft.tenantHost.trim()
              ? t('tenant.addressHint')
              : 'error' in check
                ? check.error
                : check.c4cTenantId
                  ? t('tenant.recognised', { host: check.host, id: check.c4cTenantId })
                  : t('tenant.custom', { host: check.host })}
          </Text>
          <FieldError id="tenantHost" error={errors.tenantHost} />
        </div>
        <Label for="wz-name" showColon required>
          {t('tenant.name')}
        </Label>
        <div>
          <Input
            id="wz-name"
            data-testid="wz-name"
            accessibleName={t('tenant.name')}
            placeholder={t('tenant.namePlaceholder')}
            maxlength={120}
            value={draft.name}
            valueState={errors.name ? 'Negative' : 'None'}
            onInput={(e) => update({ name: e.target.value })}
          />
          <FieldError id="name" error={errors.name} />
        </div>
        <Label for="wz-environment" showColon>
          {t('tenant.environment')}
        </Label>
        <Select
          id="wz-environment"
          data-testid="wz-environment"
          accessibleName={t('tenant.environment')}
          value={draft.environment}
          onChange={(e) => {
            const environment = oneOf(ENVIRONMENTS, e.detail.selectedOption.dataset.value);
            if (environment) update({ environment });
          }}
        >
          {ENVIRONMENTS.map((v) => (
            <Option key={v} value={v} data-value={v}>
              {t(`environments.${v}`)}
            </Option>
          ))}
        </Select>
      </div>
      <div className="step-aside">
        <Text>{t('tenant.practiceHelp')}</Text>
        <Button onClick={() => void startPractice()} disabled={practiceBusy} data-testid="wz-use-practice">
          {t('tenant.practice')}
        </Button>
        {practiceError && (
          <MessageStrip design="Negative" hideCloseButton>
            {practiceError}
          </MessageStrip>
        )}
      </div>
      <details className="step-advanced">
        <summary>{t('tenant.advanced')}</summary>
        <Text>{t('tenant.trustHelp')}</Text>
        <div className="form-grid">
          <Label for="wz-ca" showColon>
            {t('tenant.extraCa')}
          </Label>
          <FileUploader
            id="wz-ca"
            data-testid="wz-ca"
            accept=".pem,.crt,.cer"
            accessibleName={t('tenant.extraCa')}
            placeholder={t('tenant.extraCaPlaceholder')}
            onChange={(e) => void readCa(e.detail.files?.[0])}
          />
          <span />
          <Text data-testid="wz-ca-count">
            {t('tenant.extraCaCount', { count: draft.trust.extraCaPem.length })}
          </Text>
          <span />
          <CheckBox
            text={t('tenant.osTrust')}
            checked={draft.trust.useOsTrustStore}
            onChange={(e) => update({ trust: { ...draft.trust, useOsTrustStore: e.target.checked } })}
          />
        </div>
      </details>
    </div>
  );
}
