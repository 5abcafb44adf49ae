import { useRef, type ReactNode } from 'react';
import { PlainButton } from './PlainButton';
import type { PlainIconName } from './PlainIcon';

/**
 * A button in Horizon's look (PlainButton: Home shows one before UI5 is loaded) that opens the file
 * chooser through a hidden native file input. Not UI5's FileUploader: for one file and no visible input it brought its Tokenizer, List, Popover, Dialog and
 * CheckBox (about 200 KiB) into Home's start bundle (npm run bench, issue 14). The input stays in the
 * light DOM, so tests set files on `[data-testid=…] input[type=file]` as before.
 */
export function FilePickButton(props: {
  accept: string;
  onFile: (file: File) => void;
  icon?: PlainIconName;
  testId?: string;
  children: ReactNode;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <span className="file-pick" data-testid={props.testId}>
      <PlainButton {...(props.icon ? { icon: props.icon } : {})} onClick={() => input.current?.click()}>
        {props.children}
      </PlainButton>
      <input
        ref={input}
        type="file"
        accept={props.accept}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          // Cleared, so choosing the same file again is a change again.
          e.currentTarget.value = '';
          if (file) props.onFile(file);
        }}
      />
    </span>
  );
}
