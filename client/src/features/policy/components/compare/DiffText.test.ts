import { describe, expect, it } from 'vitest';
import DiffText from './DiffText.vue';
import { mountWithPlugins } from '@/shared/testing/mount-with-plugins';

const OLDER_AR = 'يستقبل الموظف المستفيد بلباقة واحترام';
const NEWER_AR = 'يستقبل الموظف المستفيد بلباقة ويجيب عن استفساراته';

describe('DiffText: a changed text with its changed words marked', () => {
  it('marks on the newer side the added Arabic words in <ins>, named for screen readers', () => {
    const { wrapper } = mountWithPlugins(DiffText, {
      props: { text: NEWER_AR, other: OLDER_AR, side: 'newer' },
    });
    const ins = wrapper.findAll('ins');
    expect(ins.map((i) => i.text())).toEqual(['أُضيف: ويجيب عن استفساراته']);
    expect(ins[0]!.find('.d-sr-only').text()).toBe('أُضيف:');
    expect(wrapper.find('del').exists()).toBe(false);
    // What is read without the screen-reader words is the newer text exactly.
    const shown = wrapper.element.cloneNode(true) as HTMLElement;
    shown.querySelectorAll('.d-sr-only').forEach((n) => n.remove());
    expect(shown.textContent).toBe(NEWER_AR);
  });

  it('marks on the older side the removed words in <del> (English labels)', () => {
    const { wrapper } = mountWithPlugins(DiffText, {
      locale: 'en',
      props: {
        text: 'Answer every inquiry within two days.',
        other: 'Answer every inquiry within three working days.',
        side: 'older',
      },
    });
    expect(wrapper.findAll('del').map((d) => d.text())).toEqual(['removed: two']);
    expect(wrapper.find('ins').exists()).toBe(false);
  });

  it('shows the text as it is when there is no other side or it is the same', () => {
    for (const other of [null, OLDER_AR]) {
      const { wrapper } = mountWithPlugins(DiffText, {
        props: { text: OLDER_AR, other, side: 'older' },
      });
      expect(wrapper.text()).toBe(OLDER_AR);
      expect(wrapper.find('ins, del').exists()).toBe(false);
    }
  });
});
