// Mounting Preact components in happy-dom for the component tests. `root` is a
// live binding: it is the container of the latest mount.

import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach } from 'vitest';

export const flush = () =>
  act(async () => {
    await new Promise((r) => setTimeout(r, 0));
  });

export let root: HTMLElement;

afterEach(() => {
  if (!root) return;
  render(null, root);
  root.remove();
});

export async function mount(ui: preact.VNode) {
  root = document.createElement('div');
  document.body.append(root);
  await act(() => render(ui, root));
  await flush();
}
