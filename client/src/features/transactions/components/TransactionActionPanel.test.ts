import { describe, expect, it, vi } from 'vitest';
import TransactionActionPanel from './TransactionActionPanel.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { sessionFor, settle, userWith } from '@/shared/testing/session-fixtures';
import type { TransactionAction } from '@/gql/graphql';
import { transactionAt } from '../testing/transaction.fixture';

async function panelFor(actions: TransactionAction[], extra: Record<string, unknown> = {}) {
  const { session, apollo } = sessionFor(userWith(['STAFF']));
  const { wrapper } = mountWithPlugins(TransactionActionPanel, {
    session,
    apollo,
    locale: 'en',
    props: { transaction: transactionAt({ availableActions: actions, ...extra }) },
  });
  await settle();
  const shown = wrapper
    .findAll('[data-testid="action-panel"] [data-action]')
    .map((b) => b.attributes('data-action'));
  return { wrapper, shown };
}

describe('action panel: exactly the actions the server allows, nothing more', () => {
  it('shows only the available actions, the step’s own first and withdrawal last', async () => {
    const { shown } = await panelFor(['WITHDRAW', 'ATTEST']);
    expect(shown).toEqual(['ATTEST', 'WITHDRAW']);
  });

  it('shows no decision, referral or delivery button that the server did not offer', async () => {
    const { shown, wrapper } = await panelFor(['COMPLETE_STEP', 'REFER', 'WITHDRAW']);
    expect(shown).toEqual(['COMPLETE_STEP', 'REFER', 'WITHDRAW']);
    for (const absent of ['DECIDE', 'DELIVER', 'CLOSE_INQUIRY', 'RETURN_FROM_REFERRAL']) {
      expect(wrapper.find(`[data-testid="action-${absent}"]`).exists()).toBe(false);
    }
  });

  it('says there is nothing to do when no action is available', async () => {
    const { shown, wrapper } = await panelFor([]);
    expect(shown).toEqual([]);
    expect(wrapper.get('[data-testid="action-none"]').text()).toContain('Nothing for you to do');
  });

  it('says a closed transaction is closed', async () => {
    const { wrapper } = await panelFor([], { status: 'CLOSED', outcome: 'COMPLETED' });
    expect(wrapper.get('[data-testid="action-none"]').text()).toContain('closed');
  });

  it('opens the attestation dialog with the text to read and the confirmation to tick', async () => {
    const { wrapper } = await panelFor(['ATTEST', 'WITHDRAW']);
    await wrapper.get('[data-testid="action-ATTEST"]').trigger('click');
    // The dialog is fetched when the first action is started.
    await vi.dynamicImportSettled();
    await settle();
    const dialog = document.querySelector('[data-testid="action-dialog-ATTEST"]')!;
    expect(dialog).not.toBeNull();
    expect(dialog.querySelector('[data-testid="attestation-text"]')!.textContent).toContain(
      'فاطمة أحمد',
    );
    const submit = dialog.querySelector<HTMLButtonElement>('[data-testid="action-submit"]')!;
    expect(submit.disabled).toBe(true);
  });
});
