import { describe, expect, it } from 'vitest';
import PasswordRevealDialog from './PasswordRevealDialog.vue';
import { $ } from '@/shared/testing/dom';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';

describe('generated password dialog: shown once, then forgotten', () => {
  it('shows the password with a copy button and the warning, and Done closes it', async () => {
    const { session, apollo } = sessionFor(userWith(['ADMIN']), []);
    const { wrapper } = mountWithPlugins(PasswordRevealDialog, {
      session,
      apollo,
      locale: 'en',
      props: { modelValue: true, password: 'Xk4-pq9-Lm2', username: 'sara', title: 'New user' },
    });
    await settle();

    expect(($('[data-testid="generated-password"]') as HTMLInputElement).value).toBe('Xk4-pq9-Lm2');
    expect($('[data-testid="generated-password-copy"]')).not.toBeNull();
    expect($('[data-testid="password-dialog"]')!.textContent).toContain('@sara');
    expect($('[data-testid="password-dialog"]')!.textContent).toContain('shown only now');
    $('[data-testid="password-done"]')!.click();
    await settle();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([false]);
  });
});
