import type { MessageStrip as Ui5MessageStrip } from '@ui5/webcomponents-react';
import { lazy, Suspense, type ComponentProps } from 'react';
import { afterUi5Setup } from '../ui5-first';

const Strip = lazy(afterUi5Setup(() => import('./ui5-message-strip')));

/**
 * UI5's MessageStrip, loaded when a notice is first shown: the notices of the first screen (Home's,
 * the expiry and recovered-data banners) would otherwise bring UI5 into Home's start path
 * (start-theme.ts). Shown as soon as its code is in, within a frame or two of the first paint.
 */
export function MessageStrip(props: ComponentProps<typeof Ui5MessageStrip>) {
  return (
    <Suspense fallback={null}>
      <Strip {...props} />
    </Suspense>
  );
}
