/**
 * AppDialog's heading, size and test id: what the dialogs built on it (FormDialog,
 * ShownOnceDialog) take and pass on unchanged.
 */
export interface AppDialogProps {
  title: string;
  subtitle?: string;
  icon?: string;
  maxWidth?: number | string;
  /** The card's `data-testid`. */
  testid?: string;
}
