// Who is signed in (from the verified session, GET /api/v1/me), shown in the top bar with a sign-out link;
// links and controls marked data-needs="wfm" (any of a space-separated list) are hidden from other roles.
import { getJson } from './api.js';
import { h, clear } from './dom.js';

export async function signedIn() {
  const me = await getJson('/api/v1/me');
  const roles = new Set(me.roles);
  const user = { name: me.name, roles, can: (...needed) => roles.has('admin') || needed.some(r => roles.has(r)) };
  const slot = document.getElementById('signed-in');
  if (slot) {
    clear(slot).append(h('span', { 'data-testid': 'signed-in-user' }, me.name),
      h('span', { class: 'roles' }, ` (${[...roles].join(', ') || 'no role'})`),
      h('a', { href: '/sign-out', 'data-testid': 'sign-out' }, 'Sign out'));
  }
  document.querySelectorAll('[data-needs]').forEach(node => {
    node.hidden = !user.can(...node.dataset.needs.split(' '));
  });
  return user;
}
