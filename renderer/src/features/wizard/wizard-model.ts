/** The wizard's rules live in shared/ (pure, unit-tested in plain Node); the screens import them here. */
export * from '../../../../shared/wizard/wizard-model';
