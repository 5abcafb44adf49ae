import {
  Button,
  CheckBox,
  FileUploader,
  Input,
  Label,
  MessageStrip,
  Option,
  Panel,
  Select,
  Text,
} from '@ui5/webcomponents-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENVIRONMENTS, oneOf } from '../../../../../shared/constants';
import { api } from '../../../api';
import { useFieldState } from '../field-state';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { PracticeStrip, type PracticeInfo } from './PracticeStrip';
import { useMessages } from '../../../i18n/messages';

type Check =
  | { host: string; c4cTenantId: string | null; servicePath: string | null; suggestion: string | null }
  | { error: string }
  | null;

/** Tenant: the address as the consultant has it (any C4C URL or a host), a name and the environment. */
export function TenantStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation('wizard');
  const fieldState = useFieldState();
  const { errorText } = useMessages();
  const [check, setCheck] = useState<Check>(null);
  const [practice, setPractice] = useState<PracticeInfo | null>(null);
  const [practiceBusy, setPracticeBusy] = useState(false);
  const [practiceError, setPracticeError] = useState<string | null>(null);

  // The same rules as saving (main normalises), asked while typing so the user sees the host early.
  useEffect(() => {
    const input = draft.tenantHost.trim();
    if (!input) return;
    let live = true;
    const timer = setTimeout(() => {
      void api.wizard.checkTenant({ input }).then((r) => {
        if (live) setCheck(r.ok ? r.value : { error: errorText(r.error) });
      });
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [draft.tenantHost, errorText]);

  // Back on this step with the practice tenant still running: its strip shows again.
  useEffect(() => {
    let live = true;
    void api.practice.status({}).then((r) => {
      if (live && r.ok && r.value.tenant) setPractice(r.value.tenant);
    });
    return () => {
      live = false;
    };
  }, []);

  const startPractice = async () => {
    setPracticeBusy(true);
    setPracticeError(null);
    const r = await api.practice.start({});
    setPracticeBusy(false);
    if (!r.ok) {
      setPracticeError(errorText(r.error));
      return;
    }
    setPractice(r.value);
    update({
      name: draft.name || t('tenant.practiceName'),
      environment: 'test',
      tenantHost: r.value.tenantHost,
      // The practice tenant's own CA, trusted for this connection only.
      trust: { extraCaPem: [r.value.caPem], useOsTrustStore: false },
      // Its arrangement's technical user, as C4C would show it.
      arrangement: { ...draft.arrangement, technicalUser: draft.arrangement.technicalUser || r.value.user },
    });
  };

  const readCa = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    if (!text.includes('-----BEGIN CERTIFICATE-----')) return;
    update({ trust: { ...draft.trust, extraCaPem: [...draft.trust.extraCaPem, text].slice(0, 10) } });
  };

  const typed = draft.tenantHost.trim() !== '';
  const refused = typed && check !== null && 'error' in check ? check.error : undefined;
  const known = typed && check !== null && !('error' in check) ? check : null;
  const practiceShown = practice !== null && practice.tenantHost === draft.tenantHost.trim();

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
            className="field-wide"
            data-testid="wz-tenant"
            accessibleName={t('tenant.address')}
            accessibleDescriptionRef="wz-tenant-hint"
            placeholder="my123456.crm.ondemand.com"
            value={draft.tenantHost}
            {...fieldState('tenantHost', {
              text: refused,
              key: refused ? undefined : errors.tenantHost,
            })}
            onInput={(e) => update({ tenantHost: e.target.value })}
          />
          <Text id="wz-tenant-hint" className="field-hint" data-testid="wz-tenant-check">
            {!known
              ? t('tenant.addressHint')
              : known.c4cTenantId
                ? t('tenant.recognised', { host: known.host, id: known.c4cTenantId })
                : t('tenant.custom', { host: known.host })}
            {known?.servicePath ? ` ${t('tenant.servicePathKept', { path: known.servicePath })}` : ''}
          </Text>
          {known?.suggestion && (
            <div className="inline-row" data-testid="wz-tenant-suggestion">
              <Text>{t('tenant.didYouMean', { host: known.suggestion })}</Text>
              <Button design="Transparent" onClick={() => update({ tenantHost: known.suggestion ?? '' })}>
                {t('tenant.useSuggestion', { host: known.suggestion })}
              </Button>
            </div>
          )}
        </div>
        <Label for="wz-name" showColon required>
          {t('tenant.name')}
        </Label>
        <Input
          id="wz-name"
          className="field-medium"
          data-testid="wz-name"
          accessibleName={t('tenant.name')}
          placeholder={t('tenant.namePlaceholder')}
          maxlength={120}
          value={draft.name}
          {...fieldState('name', { key: errors.name })}
          onInput={(e) => update({ name: e.target.value })}
        />
        <Label for="wz-environment" showColon>
          {t('tenant.environment')}
        </Label>
        <Select
          id="wz-environment"
          className="field-medium"
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
      {practiceShown ? (
        <PracticeStrip practice={practice} />
      ) : (
        <div className="step-aside">
          <Text>{t('tenant.practiceHelp')}</Text>
          <Button
            className="aside-action"
            onClick={() => void startPractice()}
            disabled={practiceBusy}
            data-testid="wz-use-practice"
          >
            {t('tenant.practice')}
          </Button>
          {practiceError && (
            <MessageStrip design="Negative" hideCloseButton>
              {practiceError}
            </MessageStrip>
          )}
        </div>
      )}
      <Panel
        className="step-advanced"
        headerText={t('tenant.advanced')}
        headerLevel="H3"
        collapsed
        data-testid="wz-trust"
      >
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
      </Panel>
    </div>
  );
}
