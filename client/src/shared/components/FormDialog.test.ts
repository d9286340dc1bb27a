import { describe, expect, it } from 'vitest';
import { defineComponent, h, nextTick, ref } from 'vue';
import { GraphQLError } from 'graphql';
import { ApolloError } from '@apollo/client/core';
import FormDialog from './FormDialog.vue';
import FormField from './FormField.vue';
import { useForm, type PayloadLike } from '@/shared/composables/use-form';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';
import { settle } from '@/shared/testing/session-fixtures';

/** A dialog with two fields whose "server" answers with `answer` (a payload, or a throw). */
function mountDialog(answer: () => Promise<PayloadLike>) {
  const sent: string[] = [];
  const open = ref(true);
  const Host = defineComponent({
    setup() {
      const name = ref('');
      const email = ref('');
      const form = useForm(['name', 'email'] as const, { scope: 'accounts' });
      async function submit(): Promise<void> {
        const payload = await form.run(() => {
          sent.push(name.value);
          return answer();
        });
        if (payload) open.value = false;
      }
      return () =>
        h(
          FormDialog,
          {
            modelValue: open.value,
            'onUpdate:modelValue': (v: boolean) => (open.value = v),
            form,
            title: 'Token',
            testid: 'demo',
            submitTestid: 'demo-save',
            formId: 'demo-form',
            onSubmit: submit,
          },
          () => [
            h(FormField, {
              name: 'name',
              label: 'Name',
              modelValue: name.value,
              'onUpdate:modelValue': (v: unknown) => (name.value = String(v)),
              'data-testid': 'demo-name',
            }),
            h(FormField, {
              name: 'email',
              label: 'E-mail',
              modelValue: email.value,
              'onUpdate:modelValue': (v: unknown) => (email.value = String(v)),
              'data-testid': 'demo-email',
            }),
          ],
        );
    },
  });
  mountWithPlugins(Host, { locale: 'en' });
  return { sent, open };
}

const $ = (selector: string) => document.querySelector<HTMLElement>(selector);
async function type(testid: string, value: string): Promise<void> {
  const input = $(`[data-testid="${testid}"] input`) as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new Event('input'));
  await nextTick();
}
async function submit(): Promise<void> {
  $('#demo-form')!.dispatchEvent(new Event('submit', { cancelable: true }));
  await settle();
}
const messagesOf = (testid: string) =>
  $(`[data-testid="${testid}"]`)?.querySelector('.v-messages')?.textContent?.trim() ?? '';

describe('FormDialog + FormField', () => {
  it('puts a payload error under its field, translated, and keeps what was typed', async () => {
    mountDialog(async () => ({
      errors: [{ code: 'NAME_REQUIRED', message: 'Name is required.', field: 'name' }],
    }));
    await settle();
    await type('demo-name', 'my token');
    await submit();
    expect(messagesOf('demo-name')).toBe('Give the token a name.');
    expect(($('[data-testid="demo-name"] input') as HTMLInputElement).value).toBe('my token');
    // Editing the field clears its error.
    await type('demo-name', 'my token 2');
    expect(messagesOf('demo-name')).toBe('');
  });

  it('puts BAD_USER_INPUT validation under its field, and an error of no field above them', async () => {
    let call = 0;
    mountDialog(async () => {
      call += 1;
      if (call === 1) {
        throw new ApolloError({
          graphQLErrors: [
            new GraphQLError('Argument Validation Error', {
              extensions: {
                code: 'BAD_USER_INPUT',
                validationErrors: [{ property: 'email', constraints: { isEmail: 'bad' } }],
              },
            }),
          ],
        });
      }
      throw new ApolloError({
        graphQLErrors: [new GraphQLError('no', { extensions: { code: 'FORBIDDEN' } })],
      });
    });
    await settle();
    await type('demo-email', 'nope');
    await submit();
    expect(messagesOf('demo-email')).toBe('Enter a valid e-mail address.');
    await submit();
    expect($('[data-testid="demo-error"]')?.textContent).toContain('Your roles do not allow this.');
    expect(($('[data-testid="demo-email"] input') as HTMLInputElement).value).toBe('nope');
  });

  it('sends once while busy, and closes on success', async () => {
    let resolve!: (p: PayloadLike) => void;
    const { sent, open } = mountDialog(() => new Promise((r) => (resolve = r)));
    await settle();
    await type('demo-name', 'x');
    await submit();
    expect($('[data-testid="demo-save"]')?.className).toContain('v-btn--loading');
    await submit();
    expect(sent).toEqual(['x']);
    resolve({ errors: [] });
    await settle();
    expect(open.value).toBe(false);
  });
});
