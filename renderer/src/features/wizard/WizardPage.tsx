import { Bar, Button, MessageStrip, Title } from '@ui5/webcomponents-react';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Connection } from '../../../../shared/domain/connection';
import { api } from '../../api';
import { useNavigation } from '../../app/navigation';
import { StepIndicator } from './StepIndicator';
import { ArrangementStep } from './steps/ArrangementStep';
import { CredentialsStep } from './steps/CredentialsStep';
import { HandoverStep } from './steps/HandoverStep';
import { MetadataStep } from './steps/MetadataStep';
import { SystemStep } from './steps/SystemStep';
import { TenantStep } from './steps/TenantStep';
import { TestStep } from './steps/TestStep';
import type { StepProps } from './step-props';
import {
  draftOf,
  emptyDraft,
  nextStep,
  passwordStoredIn,
  previousStep,
  stillWrong,
  validateStep,
  withServicePath,
  type Draft,
  type StepFacts,
  type StepErrors,
  type WizardStep,
} from './wizard-model';
import './wizard.css';
import { useMessages } from '../../i18n/messages';

/** Steps whose fields are part of the connection: leaving them saves it. */
const EDITS: readonly WizardStep[] = ['tenant', 'system', 'arrangement', 'credentials', 'test'];

/**
 * The guided setup. The connection is saved (connection:save) and the step recorded
 * (wizard:set-step) on every Next, so setup resumes after a restart where the user left it.
 */
export function WizardPage({ connectionId, step: startStep }: { connectionId?: string; step?: WizardStep }) {
  const { t } = useTranslation('wizard');
  const { errorText } = useMessages();
  const { go } = useNavigation();
  const [id, setId] = useState<string | null>(connectionId ?? null);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [step, setStep] = useState<WizardStep>(startStep ?? 'tenant');
  const [errors, setErrors] = useState<StepErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [queryUrl, setQueryUrl] = useState('');
  const [loaded, setLoaded] = useState(connectionId === undefined);
  // Editing a finished connection: its steps are not recorded, so Home does not ask to "continue".
  const [editingFinished, setEditingFinished] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const [passwordStored, setPasswordStored] = useState(false);
  const [keyPairUnusable, setKeyPairUnusable] = useState(false);
  const facts: StepFacts = { passwordStored, keyPairUnusable };
  const body$ = useRef<HTMLDivElement>(null);
  const loadSaved = useCallback((c: Connection) => {
    setDraft(draftOf(c));
    setPasswordStored(passwordStoredIn(c));
  }, []);
  // "Save password" still on its way to the vault: Next waits for it instead of judging the step
  // without it (it would say "password required" for a password being saved).
  const passwordSave = useRef<Promise<Connection | null> | null>(null);
  const [waitingForPassword, setWaitingForPassword] = useState(false);
  const onPasswordSaving = useCallback(
    (pending: Promise<Connection | null>) => {
      passwordSave.current = pending;
      void pending.then((saved) => {
        if (passwordSave.current === pending) passwordSave.current = null;
        if (saved) loadSaved(saved);
      });
    },
    [loadSaved],
  );

  useEffect(() => {
    if (!connectionId) return;
    void Promise.all([api.connection.get({ connectionId }), api.wizard.progress({})]).then(([c, p]) => {
      if (c.ok) loadSaved(c.value);
      else setProblem(errorText(c.error));
      const saved = p.ok ? p.value.items.find((i) => i.connectionId === connectionId)?.step : undefined;
      if (!startStep && saved) setStep(saved);
      setEditingFinished(c.ok && saved === undefined);
      setLoaded(true);
    });
  }, [connectionId, startStep, loadSaved, errorText]);

  // Focus the step's title after a change so keyboard and screen reader users start at the top.
  useEffect(() => {
    if (loaded) heading.current?.focus();
  }, [step, loaded]);

  const update = useCallback((patch: Partial<Draft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    // What went wrong on Next is about the old values: the step speaks again on the next Next.
    setProblem(null);
  }, []);

  // What Next found, less what the user has fixed since: a field's message goes as soon as it is right.
  const shownErrors = stillWrong(errors, step, draft, facts);

  /** The first field with a message gets the focus, so its value-state message shows. */
  const focusFirstError = () =>
    requestAnimationFrame(() => {
      const first = body$.current?.querySelector<HTMLElement>('[value-state="Negative"]');
      first?.focus();
    });

  const save = async (): Promise<string | null> => {
    let toSave = draft;
    if (step === 'tenant') {
      const check = await api.wizard.checkTenant({ input: draft.tenantHost });
      if (!check.ok) {
        // The field's own message says what is wrong (the live check), once.
        setErrors({ tenantHost: 'errors.tenantInvalid' });
        focusFirstError();
        return null;
      }
      // A pasted service or $metadata URL: its service path goes to the arrangement.
      if (check.value.servicePath) toSave = withServicePath(draft, check.value.servicePath);
    }
    // When the address of a connection holding credentials changed, main asks the user itself in
    // a native dialog; CANCELLED means the user kept things as they were.
    const r = await api.connection.save(id ? { ...toSave, id } : toSave);
    if (!r.ok && r.error.code === 'CANCELLED') return null;
    if (!r.ok) {
      setProblem(errorText(r.error));
      return null;
    }
    setId(r.value.id);
    loadSaved(r.value);
    return r.value.id;
  };

  /**
   * The facts of the step once a password being saved has arrived (null when that save failed: the
   * credentials step shows why). Without a save on its way the facts are at hand, and Next checks
   * the step within the click, so the first wrong field gets the focus as the step's messages show.
   */
  const factsAfter = async (pending: Promise<Connection | null>): Promise<StepFacts | null> => {
    setBusy(true);
    setWaitingForPassword(true);
    try {
      const saved = await pending;
      return saved ? { ...facts, passwordStored: passwordStoredIn(saved) } : null;
    } finally {
      setWaitingForPassword(false);
      setBusy(false);
    }
  };

  const next = async () => {
    if (busy) return;
    const pending = passwordSave.current;
    const stepFacts = pending ? await factsAfter(pending) : facts;
    if (!stepFacts) return;
    const found = validateStep(step, draft, stepFacts);
    setErrors(found);
    setProblem(null);
    if (Object.keys(found).length > 0) {
      focusFirstError();
      return;
    }
    setBusy(true);
    try {
      const savedId = EDITS.includes(step) ? await save() : id;
      if (!savedId) return;
      const to = nextStep(step);
      if (!to) {
        await api.wizard.finish({ connectionId: savedId });
        go({ name: 'connection', id: savedId });
        return;
      }
      if (!editingFinished) await api.wizard.setStep({ connectionId: savedId, step: to });
      setStep(to);
    } finally {
      setBusy(false);
    }
  };

  /** Back one step, or to any visited step from the step indicator (no checks: nothing is lost). */
  const back = async (target?: WizardStep) => {
    const to = target ?? previousStep(step);
    if (!to || busy) return;
    setErrors({});
    setProblem(null);
    if (id && !editingFinished) await api.wizard.setStep({ connectionId: id, step: to });
    setStep(to);
  };

  const props: StepProps = {
    draft,
    update,
    errors: shownErrors,
    connectionId: id,
    queryUrl,
    setQueryUrl,
    saveDraft: save,
    setKeyPairUnusable,
  };
  const body: Record<WizardStep, () => ReactNode> = {
    tenant: () => <TenantStep {...props} />,
    system: () => <SystemStep {...props} />,
    arrangement: () => <ArrangementStep {...props} />,
    credentials: () => (
      <CredentialsStep {...props} passwordStored={passwordStored} onPasswordSaving={onPasswordSaving} />
    ),
    test: () => <TestStep {...props} />,
    metadata: () => <MetadataStep {...props} />,
    handover: () => <HandoverStep {...props} />,
  };
  const last = nextStep(step) === null;

  return (
    <section className="wizard" aria-labelledby="wz-title" data-testid="wizard" data-step={step}>
      <Title level="H1" size="H2" className="page-title">
        {draft.name ? t('titleFor', { name: draft.name }) : t('title')}
      </Title>
      <StepIndicator current={step} onGo={(to) => void back(to)} />
      <h2 id="wz-title" className="step-title" tabIndex={-1} ref={heading} data-testid="wz-step-title">
        {t(`steps.${step}`)}
      </h2>
      <div ref={body$} className="wizard-body">
        {loaded && body[step]()}
      </div>
      {problem && (
        <MessageStrip design="Negative" hideCloseButton role="alert" data-testid="wz-problem">
          {problem}
        </MessageStrip>
      )}
      <Bar
        design="Footer"
        className="wizard-footer"
        endContent={
          <>
            <Button onClick={() => void back()} disabled={!previousStep(step) || busy} data-testid="wz-back">
              {t('back')}
            </Button>
            <Button
              design="Emphasized"
              onClick={() => void next()}
              disabled={busy || !loaded}
              data-testid="wz-next"
            >
              {waitingForPassword
                ? t('saving')
                : last
                  ? t('finish')
                  : step === 'metadata'
                    ? t('nextOptional')
                    : t('next')}
            </Button>
          </>
        }
      />
    </section>
  );
}
