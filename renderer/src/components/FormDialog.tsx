import { Bar, Button, Dialog } from '@ui5/webcomponents-react';
import type { ReactNode } from 'react';

interface Props {
  open: boolean;
  headerText: string;
  testId: string;
  /** Closing the dialog (Escape) and the cancel button both end here. */
  onClose: () => void;
  /** The one emphasized action of the dialog. */
  submit: { text: string; disabled: boolean; onClick: () => void; testId: string };
  cancelText: string;
  children: ReactNode;
}

/**
 * A small dialog with a form: the fields, then one emphasized action and Cancel in the footer. The
 * key pair dialogs (create, rename, new password) share this shape.
 */
export function FormDialog({ open, headerText, testId, onClose, submit, cancelText, children }: Props) {
  return (
    <Dialog
      open={open}
      headerText={headerText}
      data-testid={testId}
      onClose={onClose}
      footer={
        <Bar
          design="Footer"
          endContent={
            <>
              <Button
                design="Emphasized"
                disabled={submit.disabled}
                onClick={submit.onClick}
                data-testid={submit.testId}
              >
                {submit.text}
              </Button>
              <Button design="Transparent" onClick={onClose}>
                {cancelText}
              </Button>
            </>
          }
        />
      }
    >
      <div className="keypair-import-form">{children}</div>
    </Dialog>
  );
}
