import { Button, Text, Title } from '@ui5/webcomponents-react';
import '@ui5/webcomponents-icons/dist/folder-blank.js';
import { useTranslation } from 'react-i18next';
import type { PracticeTenantInfo } from '../../../../../shared/contract/connections';
import { api } from '../../../api';
import { CopyField } from '../CopyField';

export type PracticeInfo = PracticeTenantInfo;

/**
 * What the running practice tenant gives the user: its key pair file (with Open folder), the
 * file's password, the technical user and its password, each with a copy button. Shown on purpose:
 * throw-away practice material made at this start, not the user's secrets.
 */
export function PracticeStrip({ practice }: { practice: PracticeInfo }) {
  const { t } = useTranslation('wizard');
  return (
    <section className="practice-strip" aria-labelledby="wz-practice-title" data-testid="wz-practice">
      <Title level="H3" size="H5" id="wz-practice-title">
        {t('practice.title')}
      </Title>
      <Text>{t('practice.help')}</Text>
      <div className="copy-list">
        <CopyField
          label={t('practice.file')}
          value={practice.p12Path}
          testId="wz-practice-file"
          extra={
            <Button
              icon="folder-blank"
              design="Transparent"
              data-testid="wz-practice-open-folder"
              onClick={() => void api.practice.openFolder({})}
            >
              {t('practice.openFolder')}
            </Button>
          }
        />
        <CopyField
          label={t('practice.filePassword')}
          value={practice.p12Password}
          testId="wz-practice-file-password"
        />
        <CopyField label={t('practice.user')} value={practice.user} testId="wz-practice-user" />
        <CopyField label={t('practice.password')} value={practice.password} testId="wz-practice-password" />
      </div>
    </section>
  );
}
