import { useI18n } from 'vue-i18n';

const ACTION_COLORS: Record<string, string> = {
  create: 'success',
  update: 'info',
  revoke: 'error',
  resetPassword: 'warning',
  changePassword: 'warning',
};

/** An audit action's and a target type's words (the code itself when the client has none). */
export function useAuditLabels() {
  const { t, te } = useI18n();
  function actionLabel(action: string): string {
    const key = `audit.actions.${action.replace('.', '_')}`;
    return te(key) ? t(key) : action;
  }
  function targetLabel(type: string): string {
    const key = `audit.targetTypes.${type}`;
    return te(key) ? t(key) : type;
  }
  /** The chip colour of an action, by its verb (`user.create` → create). */
  const actionColor = (action: string) => ACTION_COLORS[action.split('.')[1] ?? ''] ?? 'primary';
  return { actionLabel, targetLabel, actionColor };
}
