import { Button, CheckBox, Input, Label, Text, Title } from '@ui5/webcomponents-react';
import { useTranslation } from 'react-i18next';
import { CopyField } from '../CopyField';
import { FieldError } from '../FieldError';
import { useFieldState } from '../field-state';
import { StepHelp } from '../StepHelp';
import type { StepProps } from '../step-props';
import { suggestedSystemId } from '../wizard-model';

/**
 * Host names of Cloud Integration tenants (Neo and Cloud Foundry). The Host Name is "the real
 * communication partner on network layer, that is usually the middleware: SAP Cloud Integration"
 * (SAP Learning, "Create Communication Systems":
 * https://learning.sap.com/learning-journey/integrate-sap-sales-cloud-and-sap-service-cloud-with-sap-s-4hana/create-communication-systems_a59de75c-b3cf-4261-8522-7141811649e4);
 * the 1911 blog only says "Maintain the host name"
 * (https://community.sap.com/t5/crm-and-cx-blogs-by-sap/integration-user-for-odata-services-in-sap-cloud-for-customer/ba-p/13456473).
 * The calls sign in as the technical user ([kba3742580] in shared/messages/en.ts). No Preferred
 * Application Protocol is proposed: no SAP source found names one for inbound OData.
 */
const CLOUD_INTEGRATION_HOST =
  /(^|\.)(it-cpi[\w-]*|hci\.|[\w-]*\.hana\.ondemand\.com$|[\w-]*\.integrationsuite[\w.-]*)/i;

/**
 * Communication system: what to enter in C4C for the calling system (Cloud Integration). A
 * communication system groups one or more system instances (rows under System Instances), and the
 * integration runs against a system instance, identified in C4C by its System Instance ID (SAP's
 * blog on communication system setup:
 * https://community.sap.com/t5/customer-relationship-management-blogs-by-sap/communication-system-setup-and-message-header-handling-in-c4c-integration/ba-p/13225584,
 * and SAP Learning, "Create Communication Systems": "The communication system consists of 0...n
 * system instances":
 * https://learning.sap.com/learning-journey/integrate-sap-sales-cloud-and-sap-service-cloud-with-sap-s-4hana/create-communication-systems_a59de75c-b3cf-4261-8522-7141811649e4).
 * No SAP page found says whether that ID equals the System ID or is generated (docs and pages
 * searched, 2026-11-30), so the step names the row and says the arrangement asks for its ID; it
 * does not claim a value.
 */
export function SystemStep({ draft, update, errors }: StepProps) {
  const { t } = useTranslation('wizard');
  const fieldState = useFieldState();
  const s = draft.system;
  const set = (patch: Partial<typeof s>) => update({ system: { ...s, ...patch } });
  const suggestion = suggestedSystemId(draft);
  return (
    <div className="step-body">
      <StepHelp text={t('system.help')} path={t('system.path')} />
      <div className="form-grid">
        <Label for="wz-system-id" showColon required>
          {t('system.systemId')}
        </Label>
        <div>
          <Input
            id="wz-system-id"
            data-testid="wz-system-id"
            accessibleName={t('system.systemId')}
            placeholder={suggestion}
            maxlength={20}
            value={s.systemId}
            className="field-short"
            {...fieldState('systemId', { key: errors.systemId })}
            onInput={(e) => set({ systemId: e.target.value.toUpperCase() })}
          />
          {!s.systemId && (
            <Button
              design="Transparent"
              onClick={() => set({ systemId: suggestion })}
              data-testid="wz-system-suggest"
            >
              {t('system.useSuggestion', { id: suggestion })}
            </Button>
          )}
        </div>
        <Label for="wz-host-name" showColon required>
          {t('system.hostName')}
        </Label>
        <div>
          <Input
            id="wz-host-name"
            data-testid="wz-host-name"
            accessibleName={t('system.hostName')}
            placeholder="cpi.example.com"
            value={s.hostName}
            className="field-wide"
            {...fieldState('hostName', { key: errors.hostName })}
            onInput={(e) => set({ hostName: e.target.value.trim() })}
          />
          <Text className="field-hint">{t('system.hostNameHint')}</Text>
          {CLOUD_INTEGRATION_HOST.test(s.hostName) && (
            <Text className="field-hint" data-testid="wz-host-cpi-note">
              {t('system.cpiHostNote')}
            </Text>
          )}
        </div>
      </div>
      <Title level="H3" size="H5">
        {t('system.enterInC4c')}
      </Title>
      <div className="copy-list">
        <CopyField label="ID" value={s.systemId} testId="copy-system-id" />
        <CopyField label="Host Name" value={s.hostName} testId="copy-host-name" />
        <CopyField label="System Access Type" value="Internet" />
      </div>
      {/* The system instance is a row of the system; the arrangement names the system by it. */}
      <Text className="field-hint">{t('system.instances')}</Text>
      <Text className="field-hint" data-testid="wz-system-instance-note">
        {t('system.instanceNote')}
      </Text>
      <Text className="field-hint">{t('system.activate')}</Text>
      <CheckBox
        text={t('system.done')}
        checked={s.doneInC4c}
        data-testid="wz-system-done"
        valueState={errors.systemDone ? 'Negative' : 'None'}
        onChange={(e) => set({ doneInC4c: e.target.checked })}
      />
      <FieldError id="systemDone" error={errors.systemDone} />
    </div>
  );
}
