import { Button, CheckBox, Input, Label, RadioButton, Text, Title } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/delete.js';
import '@ui5/webcomponents-icons/dist/add.js';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../CopyField';
import { FieldError } from '../FieldError';
import { useFieldState } from '../field-state';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { SCENARIO, serviceNameOf } from '../wizard-model';

/**
 * Communication arrangement: scenario, system instance, services, the technical user C4C
 * generated, and the Authentication Method, which C4C asks for here, under
 * Inbound Communication: Basic Settings ("SSL Client Certificate" or "User ID and Password"):
 * https://userapps.support.sap.com/sap/support/knowledge/en/3742580 and
 * https://community.sap.com/t5/crm-and-cx-blogs-by-sap/integration-user-for-odata-services-in-sap-cloud-for-customer/ba-p/13456473
 * (tick the services, then Edit Credentials before the arrangement is finished and active).
 * The arrangement is made for a system instance of the communication system (its System Instance
 * ID, see the sources in SystemStep), which is why the step points at the row, not at the System ID.
 * No value of Communication Method is named: no SAP documentation found says which one this setup
 * needs, so the order text says to keep the default.
 */
export function ArrangementStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation('wizard');
  const fieldState = useFieldState();
  const a = draft.arrangement;
  const set = (patch: Partial<typeof a>) => update({ arrangement: { ...a, ...patch } });
  const setService = (i: number, patch: Partial<{ name: string; path: string }>) =>
    set({ services: a.services.map((s, j) => (j === i ? { ...s, ...patch } : s)) });
  const setMethod = (method: StepProps['draft']['auth']['method']) => {
    if (method === draft.auth.method) return;
    update({
      auth: method === 'client-certificate' ? { method, keyPairId: null } : { method, user: a.technicalUser },
    });
  };
  return (
    <div className="step-body">
      <StepHelp text={t('arrangement.help')} path={t('arrangement.path')} />
      <div className="copy-list">
        <CopyField label="Communication Scenario" value={SCENARIO} testId="copy-scenario" />
        {/* Not a value to copy: C4C Connect never learns the row's ID (see SystemStep). */}
        <div className="copy-field" data-testid="wz-system-instance">
          <Label showColon>System Instance ID</Label>
          <Text>{t('arrangement.systemInstance', { id: draft.system.systemId || '—' })}</Text>
        </div>
      </div>
      <Text className="field-hint" data-testid="wz-arrangement-order">
        {t('arrangement.order')}
      </Text>
      <Title level="H3" size="H5">
        {t('arrangement.services')}
      </Title>
      <Text className="field-hint">{t('arrangement.servicesHelp')}</Text>
      <div className="service-rows" role="group" aria-label={t('arrangement.services')}>
        {a.services.map((s, i) => (
          <div className="service-row" key={i}>
            <Input
              data-testid={`wz-service-name-${String(i)}`}
              accessibleName={t('arrangement.serviceName', { n: i + 1 })}
              value={s.name}
              {...fieldState(`service-${String(i)}-name`, { key: errors[`service-${String(i)}-name`] })}
              onInput={(e) => setService(i, { name: e.target.value })}
            />
            <Input
              className="service-path"
              data-testid={`wz-service-path-${String(i)}`}
              accessibleName={t('arrangement.servicePath', { n: i + 1 })}
              value={s.path}
              {...fieldState(`service-${String(i)}-path`, { key: errors[`service-${String(i)}-path`] })}
              onInput={(e) => {
                const path = e.target.value.trim();
                setService(i, { path, ...(s.name ? {} : { name: serviceNameOf(path) }) });
              }}
            />
            <Button
              icon="delete"
              design="Transparent"
              accessibleName={t('arrangement.removeService', { n: i + 1 })}
              disabled={a.services.length === 1}
              onClick={() => set({ services: a.services.filter((_s, j) => j !== i) })}
            />
          </div>
        ))}
      </div>
      <Button
        icon="add"
        design="Transparent"
        data-testid="wz-add-service"
        onClick={() => set({ services: [...a.services, { name: '', path: '/sap/c4c/odata/cust/v1/' }] })}
      >
        {t('arrangement.addService')}
      </Button>
      <div className="form-grid">
        <Label for="wz-technical-user" showColon required>
          {t('arrangement.technicalUser')}
        </Label>
        <div>
          <Input
            id="wz-technical-user"
            data-testid="wz-technical-user"
            accessibleName={t('arrangement.technicalUser')}
            placeholder="_CPI_DEV0001"
            value={a.technicalUser}
            className="field-medium"
            {...fieldState('technicalUser', { key: errors.technicalUser })}
            onInput={(e) => {
              const user = e.target.value.trim();
              // With user and password, the user is the technical user: keep both in step.
              update({
                arrangement: { ...a, technicalUser: user },
                ...(draft.auth.method === 'basic' ? { auth: { ...draft.auth, user } } : {}),
              });
            }}
          />
          <Text className="field-hint">{t('arrangement.technicalUserHint')}</Text>
        </div>
      </div>
      <Title level="H3" size="H5">
        {t('arrangement.method')}
      </Title>
      <div className="auth-methods" role="radiogroup" aria-label={t('arrangement.method')}>
        <RadioButton
          name="wz-auth"
          data-testid="wz-auth-cert"
          text={t('arrangement.cert')}
          checked={draft.auth.method === 'client-certificate'}
          onChange={() => setMethod('client-certificate')}
        />
        <Text className="field-hint method-hint">{t('arrangement.certHelp')}</Text>
        <RadioButton
          name="wz-auth"
          data-testid="wz-auth-basic"
          text={t('arrangement.basic')}
          checked={draft.auth.method === 'basic'}
          onChange={() => setMethod('basic')}
        />
        <Text className="field-hint method-hint">{t('arrangement.basicHelp')}</Text>
      </div>
      <div className="copy-list">
        <CopyField
          label="Authentication Method"
          value={draft.auth.method === 'basic' ? 'User ID and Password' : 'SSL Client Certificate'}
          testId="copy-authentication-method"
        />
      </div>
      <Text className="field-hint">{t('arrangement.methodWhere')}</Text>
      <CheckBox
        text={t('arrangement.done')}
        checked={a.doneInC4c}
        data-testid="wz-arrangement-done"
        valueState={errors.arrangementDone ? 'Negative' : 'None'}
        onChange={(e) => set({ doneInC4c: e.target.checked })}
      />
      <FieldError id="arrangementDone" error={errors.arrangementDone} />
    </div>
  );
}
