import type { ButtonHTMLAttributes } from 'react';
import { PlainIcon, type PlainIconName } from './PlainIcon';
import './plain-button.css';

/**
 * A native button in Horizon's button look (the theme's own --sapButton_* parameters, so light
 * and dark follow), for Home, the first screen: its rows (one per connection: 50 `ui5-button`s
 * took ~155 ms of the first render on the bench machine, each a custom element with its own shadow
 * root and stylesheet; 50 of these a few milliseconds) and its toolbar, so Home needs no UI5 code
 * before its first paint (npm run bench, issue 14). Use UI5's Button everywhere else.
 */
export function PlainButton({
  design = 'Default',
  icon,
  children,
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & {
  design?: 'Default' | 'Emphasized';
  /** Before the text, as ui5-button's `icon`. */
  icon?: PlainIconName;
}) {
  const classes = ['plain-button'];
  if (design === 'Emphasized') classes.push('plain-button-emphasized');
  if (icon) classes.push('plain-button-with-icon');
  return (
    <button type="button" {...props} className={classes.join(' ')}>
      {icon ? (
        <>
          <PlainIcon name={icon} className="plain-button-icon" />
          <span className="plain-button-text">{children}</span>
        </>
      ) : (
        children
      )}
    </button>
  );
}
