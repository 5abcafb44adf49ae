import { useTranslation } from 'react-i18next';

/** The message under a field; its id is what the field's aria-describedby points at. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  const { t } = useTranslation('wizard');
  if (!error) return null;
  return (
    <span id={id} className="field-error" role="alert" data-testid={`error-${id}`}>
      {t(error)}
    </span>
  );
}
