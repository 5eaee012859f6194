// What the learned-empathy and learned-proficiency tabs share: the pool list, and the audited history of a
// pool's score source (who switched, when, from what to what, why).
import { getJson } from './api.js';
import { h, clear, dateTime } from './dom.js';

export function renderHistory(container, changes, testId, rewritten) {
  clear(container);
  if (!changes.length) {
    container.append(h('p', { class: 'quiet' }, 'Never switched: this pool routes on configured values.'));
    return;
  }
  container.append(h('table', { 'data-testid': testId },
    h('thead', {}, h('tr', {}, ['When', 'Who', 'Change', rewritten, 'Why'].map(t => h('th', {}, t)))),
    h('tbody', {}, [...changes].reverse().map(c => h('tr', {},
      h('td', {}, dateTime(c.changedAt)), h('td', {}, c.changedBy), h('td', {}, `${c.before} → ${c.after}`),
      h('td', { class: 'num' }, c.agents), h('td', {}, c.reason || ''))))));
}

// Fills the select with the roster's pools (the ?pool= of the address chosen when it is one), then calls load.
export async function loadPools(select, table, load) {
  try {
    const agents = await getJson('/api/v1/workers');
    const pools = [...new Set(agents.map(a => a.pool))].sort();
    const wanted = new URLSearchParams(location.search).get('pool');
    clear(select).append(...pools.map(p => h('option', { value: p }, p)));
    if (wanted && pools.includes(wanted)) select.value = wanted;
    await load();
  } catch (e) {
    clear(table).append(h('div', { class: 'banner bad', role: 'alert' }, `Pools could not be loaded: ${e.message}`));
  }
}
