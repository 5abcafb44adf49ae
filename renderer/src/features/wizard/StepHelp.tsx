import { Text } from '@ui5/webcomponents-react';
import type { ReactNode } from 'react';

/** Short help in the consultant's words, and the C4C menu path where the step happens. */
export function StepHelp({ text, path }: { text: string; path?: string }) {
  return (
    <div className="step-help">
      <Text>{text}</Text>
      {path && <MenuPath>{path}</MenuPath>}
    </div>
  );
}

export function MenuPath({ children }: { children: ReactNode }) {
  return (
    <p className="menu-path" data-testid="menu-path">
      {children}
    </p>
  );
}
