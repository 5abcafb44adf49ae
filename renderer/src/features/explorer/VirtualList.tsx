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
  const rows: ReactNode[] = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        className="virtual-row"
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
      role={props.role ?? 'list'}
      aria-label={props.label}
      data-testid={props.testId}
      tabIndex={0}
      onScroll={(e) => {
        setTop(e.currentTarget.scrollTop);
      }}
    >
      <div className="virtual-spacer" style={{ height: count * rowHeight }}>
        {rows}
      </div>
    </div>
  );
}
