import type { ReactNode } from 'react';
import type { StatusState } from './status';

/**
 * A status in Fiori's semantic text colours, as a plain span: Home shows two per connection, and
 * 100 ObjectStatus web components cost more start-up time than the whole rest of Home. The text
 * itself says the state (expired, days left, works), so colour is never the only cue.
 */
export function StatusText(props: { state: StatusState; children: ReactNode; testId?: string }) {
  return (
    <span
      className={`status-text status-${props.state.toLowerCase()}`}
      data-state={props.state}
      data-testid={props.testId}
    >
      {props.children}
    </span>
  );
}
