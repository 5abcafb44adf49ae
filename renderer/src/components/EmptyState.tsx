import { Icon } from '@ui5/webcomponents-react';
import type { ReactNode } from 'react';
import { Heading } from './Heading';

/**
 * An empty state in the Fiori manner. Not UI5's IllustratedMessage: it injects its SVG through
 * innerHTML, which our Trusted Types CSP (require-trusted-types-for 'script') rightly blocks.
 */
export function EmptyState(props: {
  icon: string;
  title: string;
  text: string;
  children?: ReactNode;
  testId?: string;
}) {
  return (
    <div className="empty-state" data-testid={props.testId}>
      <Icon name={props.icon} className="empty-state-icon" aria-hidden="true" />
      <Heading level={2}>{props.title}</Heading>
      <p className="plain-text empty-state-text">{props.text}</p>
      {props.children}
    </div>
  );
}
