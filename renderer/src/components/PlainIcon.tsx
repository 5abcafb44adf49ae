import { shapeOf, type PlainIconName } from './plain-icon-shape';
import './plain-icon.css';

export type { PlainIconName };

/** Decorative: the text beside it says what it means (aria-hidden, as the callers had it). */
export function PlainIcon({ name, className }: { name: PlainIconName; className?: string }) {
  const { pathData, viewBox } = shapeOf(name);
  return (
    <svg
      className={className ? `plain-icon ${className}` : 'plain-icon'}
      viewBox={viewBox}
      preserveAspectRatio="xMidYMid meet"
      aria-hidden="true"
      focusable="false"
      data-icon={name}
    >
      <path d={pathData} />
    </svg>
  );
}
