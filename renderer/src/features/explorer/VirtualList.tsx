import { useState, type ReactNode } from 'react';

/**
 * A fixed-row-height virtualizer: only the rows in view (plus a few) are in the DOM, so 800 sets or
 * thousands of result rows scroll and filter without a long render. Positions use a transform set
 * through CSSOM (allowed by our style-src 'self' CSP, unlike style attributes in markup).
 */
export function VirtualList(props: {
  count: number;
  rowHeight: number;
  height: number;
  renderRow: (index: number) => ReactNode;
  label: string;
  role?: 'listbox' | 'list' | 'rowgroup';
  testId?: string;
  /** Rendered above the rows, outside the scroll area (e.g. a table header). */
  className?: string;
}) {
  const { count, rowHeight, height } = props;
  const [top, setTop] = useState(0);
  const overscan = 6;
  const first = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const last = Math.min(count, Math.ceil((top + height) / rowHeight) + overscan);
  const role = props.role ?? 'list';
  // Each row carries the role its container requires (axe: aria-required-children), and its place
  // in the whole list, since only the visible rows exist in the DOM. A table's rows bring their own
  // role="row" (and aria-rowindex), so there the wrapper steps aside.
  const table = role === 'rowgroup';
  const rowRole = table ? 'presentation' : role === 'listbox' ? 'option' : 'listitem';
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        className="virtual-row"
        role={rowRole}
        aria-setsize={table ? undefined : count}
        aria-posinset={table ? undefined : i + 1}
        style={{ transform: `translateY(${i * rowHeight}px)`, height: rowHeight }}
      >
        {props.renderRow(i)}
      </div>,
    );
  }
  return (
    <div
      className={`virtual-list ${props.className ?? ''}`}
      style={{ height }}
      role={role}
      aria-label={props.label}
      data-testid={props.testId}
      tabIndex={0}
      onScroll={(e) => {
        setTop(e.currentTarget.scrollTop);
      }}
    >
      <div className="virtual-spacer" role="presentation" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
