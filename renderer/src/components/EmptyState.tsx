import type { ReactNode } from 'react';
import { Heading } from './Heading';
import { PlainIcon, type PlainIconName } from './PlainIcon';

/**
 * An empty state in the Fiori manner. Not UI5's IllustratedMessage: it injects its SVG through
 * innerHTML, which our Trusted Types CSP (require-trusted-types-for 'script') rightly blocks.
 */
export function EmptyState(props: {
  icon: PlainIconName;
  title: string;
  text: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="empty-state" data-testid={props.testId}>
      <PlainIcon name={props.icon} className="empty-state-icon" />
      <Heading level={2}>{props.title}</Heading>
      <p className="plain-text empty-state-text">{props.text}</p>
      {props.children}
    </div>
  );
}
