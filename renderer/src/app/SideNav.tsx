import { PlainIcon, type PlainIconName } from '../components/PlainIcon';
import { useRef, type KeyboardEvent } from 'react';

export interface SideNavItem<N extends string> {
  name: N;
  icon: PlainIconName;
  text: string;
}

interface Props<N extends string> {
  label: string;
  items: SideNavItem<N>[];
  selected: N | null;
  onSelect: (name: N) => void;
}

/**
 * The side navigation as a one-level tree in Horizon's colours. UI5's SideNavigation brings its
 * popovers, dialogs and lists into the start bundle for a collapse mode we do not use; this keeps
 * its roles (tree, treeitem), one tab stop and arrow-key moves (WAI-ARIA tree view pattern).
 */
export function SideNav<N extends string>({ label, items, selected, onSelect }: Props<N>) {
  const refs = useRef<(HTMLLIElement | null)[]>([]);
  const tabStop = Math.max(
    0,
    items.findIndex((i) => i.name === selected),
  );
  const onKeyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    const moves: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: items.length - 1,
    };
    const to = moves[e.key];
    if (to !== undefined) {
      e.preventDefault();
      refs.current[Math.min(items.length - 1, Math.max(0, to))]?.focus();
    } else if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      const item = items[index];
      if (item) onSelect(item.name);
    }
  };
  return (
    <nav className="side-nav">
      <ul role="tree" aria-label={label}>
        {items.map((item, index) => (
          <li
            key={item.name}
            ref={(el) => {
              refs.current[index] = el;
            }}
            role="treeitem"
            aria-selected={item.name === selected}
            tabIndex={index === tabStop ? 0 : -1}
            className={item.name === selected ? 'side-nav-item selected' : 'side-nav-item'}
            onClick={() => onSelect(item.name)}
            onKeyDown={(e) => onKeyDown(e, index)}
          >
            <PlainIcon name={item.icon} />
            <span>{item.text}</span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
