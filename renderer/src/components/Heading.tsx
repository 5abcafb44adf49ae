import type { ReactNode } from 'react';
import './heading.css';

/**
 * A heading in UI5 Title's look (its Title.css: the header font, the group title colour, and its
 * default size H5, the one every Title here uses) as a plain h1/h2: Home's first screen (page
 * title, empty state) needs no Title component, whose module, definition and shadow root were on
 * the start path (npm run bench, issue 14). Used by the empty state (Home, Key pairs) and Home's title; screens loaded on demand
 * use UI5's Title.
 */
export function Heading(props: { level: 1 | 2; id?: string; className?: string; children: ReactNode }) {
  const Tag = props.level === 1 ? 'h1' : 'h2';
  const className = `heading${props.className ? ` ${props.className}` : ''}`;
  return (
    <Tag id={props.id} className={className}>
      {props.children}
    </Tag>
  );
}
