import type { ButtonHTMLAttributes } from 'react';
import './row-button.css';

/**
 * A native button in Horizon's button look (the theme's own --sapButton_* parameters, so light
 * and dark follow), for lists with one button per row. Home has one per connection:
 * 50 `ui5-button`s took ~155 ms of the first render on the bench machine (each a custom element
 * with its own shadow root and stylesheet), 50 of these a few milliseconds (npm run bench).
 * Use UI5's Button everywhere else.
 */
export function RowButton({
  design = 'Default',
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> & { design?: 'Default' | 'Emphasized' }) {
  return (
    <button
      type="button"
      {...props}
      className={design === 'Emphasized' ? 'row-button row-button-emphasized' : 'row-button'}
    />
  );
}
