import type { MessageStrip as Ui5MessageStrip } from '@ui5/webcomponents-react';
import { lazy, Suspense, type ComponentProps } from 'react';
import { afterUi5Setup } from '../ui5-first';
import './message-strip.css';

const Strip = lazy(afterUi5Setup(() => import('./ui5-message-strip')));

type Props = ComponentProps<typeof Ui5MessageStrip>;

const DESIGNS: Record<string, string> = {
  Information: 'info',
  Positive: 'positive',
  Negative: 'negative',
  Critical: 'critical',
};

/**
 * UI5's MessageStrip, its code loaded when a notice is first shown: the notices of the first screen
 * (Home's, the expiry and recovered-data banners) would otherwise bring UI5 into Home's start path
 * (start-theme.ts). Until UI5 is in (a few hundred milliseconds at most), the same text shows in
 * the strip's look and size, so the page does not jump when UI5's strip takes its place.
 */
export function MessageStrip(props: Props) {
  const design = DESIGNS[props.design ?? 'Information'] ?? 'info';
  return (
    <Suspense
      fallback={
        <div
          // The caller's class too (e.g. the expiry banner's margin), so nothing moves at the swap.
          className={`plain-message-strip plain-message-strip-${design}${props.className ? ` ${props.className}` : ''}`}
          role="note"
          data-testid={(props as { 'data-testid'?: string })['data-testid']}
        >
          {props.children}
        </div>
      }
    >
      <Strip {...props} />
    </Suspense>
  );
}
