import { onBeforeUnmount, onMounted, ref, watch, type Ref } from 'vue';
import { onBeforeRouteLeave } from 'vue-router';

/**
 * Asks before leaving a page with unsaved changes: leaving by the app's links opens the page's
 * confirmation (`open`; `leaveAnyway()` when the user confirms, closing it stays), and closing
 * or reloading the tab gets the browser's own question.
 */
export function useLeaveGuard(dirty: Readonly<Ref<boolean>>) {
  const open = ref(false);
  let decision: ((leave: boolean) => void) | null = null;

  onBeforeRouteLeave(() => {
    if (!dirty.value) return true;
    open.value = true;
    return new Promise<boolean>((resolve) => (decision = resolve));
  });
  watch(open, (isOpen) => {
    if (!isOpen && decision) {
      decision(false);
      decision = null;
    }
  });

  function leaveAnyway(): void {
    const decide = decision;
    decision = null;
    open.value = false;
    decide?.(true);
  }

  function beforeUnload(event: BeforeUnloadEvent): void {
    if (!dirty.value) return;
    event.preventDefault();
    event.returnValue = '';
  }
  onMounted(() => window.addEventListener('beforeunload', beforeUnload));
  onBeforeUnmount(() => window.removeEventListener('beforeunload', beforeUnload));

  return { open, leaveAnyway };
}
