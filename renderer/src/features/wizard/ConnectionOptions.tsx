import {
  Button,
  CheckBox,
  Input,
  Label,
  Option,
  Panel,
  Select,
  StepInput,
  Text,
} from '@ui5/webcomponents-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { StepProps } from './step-props';
import { draftOf } from './wizard-model';
import { useMessages } from '../../i18n/messages';

const PROXY_MODES = ['system', 'none', 'manual'] as const;
type ProxyMode = (typeof PROXY_MODES)[number];

type ProxyInput = StepProps['draft']['proxy'];

function proxyOf(mode: ProxyMode, current: ProxyInput): ProxyInput {
  if (mode !== 'manual') return { mode };
  return current.mode === 'manual' ? current : { mode: 'manual', url: '', user: null, noProxy: '' };
}

/**
 * How the test reaches the tenant: the CSRF switch (off for a technical user, and why), the
 * timeout, and the proxy (the system's, none, or a manual one with an optional user whose password
 * goes to the vault, never into the connection).
 * Why off: "CSRF token is not needed as we are using a technical user"
 * (https://community.sap.com/t5/crm-and-cx-blogs-by-sap/integration-user-for-odata-services-in-sap-cloud-for-customer/ba-p/13456473;
 * C4C asks for a token only on modifying requests:
 * https://github.com/SAP-archive/C4CODATAAPIDEVGUIDE/blob/master/README.md#csrf-token), and a
 * technical user's fetch met HTTP 500 "…is not assigned to you" in
 * https://github.com/SAP/cloud-sdk-js/issues/1185. "Inconsistent Authorization" is our product
 * brief's wording; no public SAP source quoting it was found.
 */
export function ConnectionOptions({
  draft,
  update,
  saveDraft,
}: Pick<StepProps, 'draft' | 'update' | 'saveDraft'>) {
  const { t } = useTranslation('wizard');
  const { errorText } = useMessages();
  const [proxyPassword, setProxyPassword] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const proxy = draft.proxy;
  // Open from the start when something is set away from the defaults, so it is seen; then the user's.
  const [startCollapsed] = useState(() => !draft.fetchCsrfToken && draft.proxy.mode === 'system');
  const storeProxyPassword = async () => {
    const sent = proxyPassword;
    setProxyPassword('');
    const id = await saveDraft();
    if (!id) return;
    const r = await api.connection.setProxyPassword({ connectionId: id, password: sent });
    if (r.ok) update({ proxy: draftOf(r.value).proxy });
    setNotice(r.ok ? t('options.proxyPasswordStored') : errorText(r.error));
  };
  return (
    <Panel
      className="connection-options"
      data-testid="wz-options"
      headerText={t('options.title')}
      headerLevel="H3"
      collapsed={startCollapsed}
    >
      <div className="form-grid">
        <Label for="wz-csrf" showColon>
          {t('options.csrf')}
        </Label>
        <div>
          <CheckBox
            id="wz-csrf"
            text={t('options.csrfOn')}
            checked={draft.fetchCsrfToken}
            data-testid="wz-csrf"
            onChange={(e) => update({ fetchCsrfToken: e.target.checked })}
          />
          <Text className="step-hint">{t('options.csrfWhy')}</Text>
        </div>
        <Label for="wz-timeout" showColon>
          {t('options.timeout')}
        </Label>
        <StepInput
          id="wz-timeout"
          accessibleName={t('options.timeout')}
          min={1}
          max={300}
          value={draft.timeoutSeconds}
          data-testid="wz-timeout"
          onChange={(e) => update({ timeoutSeconds: Math.min(300, Math.max(1, Math.round(e.target.value))) })}
        />
        <Label for="wz-proxy" showColon>
          {t('options.proxy')}
        </Label>
        <Select
          id="wz-proxy"
          accessibleName={t('options.proxy')}
          value={proxy.mode}
          data-testid="wz-proxy"
          onChange={(e) => {
            const mode = PROXY_MODES.find((m) => m === e.detail.selectedOption.dataset.value);
            if (mode) update({ proxy: proxyOf(mode, proxy) });
          }}
        >
          {PROXY_MODES.map((m) => (
            <Option key={m} value={m} data-value={m}>
              {t(`options.proxyModes.${m}`)}
            </Option>
          ))}
        </Select>
        {proxy.mode === 'manual' && (
          <>
            <Label for="wz-proxy-url" showColon required>
              {t('options.proxyUrl')}
            </Label>
            <Input
              id="wz-proxy-url"
              accessibleName={t('options.proxyUrl')}
              placeholder="http://proxy.example.com:8080"
              value={proxy.url}
              data-testid="wz-proxy-url"
              onInput={(e) => update({ proxy: { ...proxy, url: e.target.value } })}
            />
            <Label for="wz-proxy-user" showColon>
              {t('options.proxyUser')}
            </Label>
            <Input
              id="wz-proxy-user"
              accessibleName={t('options.proxyUser')}
              value={proxy.user ?? ''}
              data-testid="wz-proxy-user"
              onInput={(e) => update({ proxy: { ...proxy, user: e.target.value || null } })}
            />
            <Label for="wz-proxy-password" showColon>
              {t('options.proxyPassword')}
            </Label>
            <div className="inline-row">
              <Input
                id="wz-proxy-password"
                type="Password"
                accessibleName={t('options.proxyPassword')}
                value={proxyPassword}
                data-testid="wz-proxy-password"
                onInput={(e) => setProxyPassword(e.target.value)}
              />
              <Button disabled={!proxyPassword || !proxy.user} onClick={() => void storeProxyPassword()}>
                {t('options.proxyPasswordStore')}
              </Button>
            </div>
            <Label for="wz-no-proxy" showColon>
              {t('options.noProxy')}
            </Label>
            <Input
              id="wz-no-proxy"
              accessibleName={t('options.noProxy')}
              placeholder=".internal.example.com, localhost"
              value={proxy.noProxy}
              data-testid="wz-no-proxy"
              onInput={(e) => update({ proxy: { ...proxy, noProxy: e.target.value } })}
            />
          </>
        )}
      </div>
      {notice && (
        <Text role="status" data-testid="wz-options-notice">
          {notice}
        </Text>
      )}
    </Panel>
  );
}
