// Workforce console: roster import from a WFM tool's CSV (dry run, then apply), and taking agents out of
// routing (deactivate, activate, delete). Every change is audited with the signed-in user.
import { postJson, postText, deleteJson } from './api.js';
import { h, clear, toast } from './dom.js';

const IMPORTS = '/api/v1/workers/imports';
const WORKERS = '/api/v1/workers';

// ---------- agent actions (used by the agents table) ----------

/** The buttons for one agent's place on the roster; {@code changed} reloads the table afterwards. */
export function agentActions(agent, changed) {
  const act = async (what, run) => {
    try {
      await run();
      toast(`${agent.displayName || agent.id} ${what}`);
      changed();
    } catch (e) {
      toast(`Not ${what}: ${e.message}`);
    }
  };
  const path = `${WORKERS}/${encodeURIComponent(agent.id)}`;
  const reason = () => encodeURIComponent(window.prompt('Why? (kept in the agent\'s history)') || '');
  return [
    agent.active === false
      ? h('button', { class: 'btn', type: 'button', 'data-action': 'activate',
        onclick: () => act('activated', () => postJson(`${path}/activate?reason=${reason()}`)) }, 'Activate')
      : h('button', { class: 'btn', type: 'button', 'data-action': 'deactivate',
        onclick: () => act('deactivated', () => postJson(`${path}/deactivate?reason=${reason()}`)) }, 'Deactivate'),
    h('button', { class: 'btn', type: 'button', 'data-action': 'delete',
      onclick: () => window.confirm(`Delete ${agent.id} from the roster? Its history stays.`)
        && act('deleted', () => deleteJson(`${path}?reason=${reason()}`)) }, 'Delete')];
}

/** The agent's live state beside its profile, in the state names the ops dashboard uses. */
export function liveState(agent) {
  if (agent.active === false) return h('span', { class: 'quiet', 'data-state': 'DEACTIVATED' }, 'deactivated');
  if (!agent.state) return h('span', { class: 'quiet', title: 'the engine does not route this agent here' }, 'unknown');
  return h('span', { class: `chip s-${agent.state}`, 'data-state': agent.state }, agent.state.replace('_', ' ').toLowerCase());
}

// ---------- import ----------

const fileInput = document.getElementById('roster-file');
const result = document.getElementById('roster-result');
const applyButton = document.getElementById('roster-apply');
const reasonInput = document.getElementById('roster-reason');
let csv = null;

async function dryRun() {
  const file = fileInput.files[0];
  applyButton.disabled = true;
  if (!file) return;
  csv = await file.text();
  clear(result).append(h('p', { class: 'quiet' }, `Checking ${file.name}…`));
  try {
    const diff = await postText(`${IMPORTS}?dryRun=true`, csv, 'text/csv');
    render(diff);
    applyButton.disabled = diff.errors.length > 0
      || diff.added.length + diff.changed.length + diff.deactivated.length === 0;
  } catch (e) {
    clear(result).append(h('div', { class: 'banner bad', role: 'alert' }, `Not checked: ${e.message}`));
  }
}

async function apply() {
  applyButton.disabled = true;
  const why = reasonInput.value.trim() || 'roster import';
  try {
    const done = await postText(`${IMPORTS}?dryRun=false&reason=${encodeURIComponent(why)}`, csv, 'text/csv');
    render(done);
    toast(`Roster applied: ${done.added.length} added, ${done.changed.length} changed, ${done.deactivated.length} deactivated`);
    document.dispatchEvent(new CustomEvent('roster-changed'));
  } catch (e) {
    result.prepend(h('div', { class: 'banner bad', role: 'alert', 'data-testid': 'roster-refused' }, `Not applied: ${e.message}`));
  }
}

function render(diff) {
  const list = (title, testid, items, line) => h('div', { 'data-testid': testid },
    h('h3', {}, `${title} (${items.length})`),
    items.length ? h('ul', {}, items.map(x => h('li', {}, line(x)))) : h('p', { class: 'quiet' }, 'none'));
  clear(result).append(
    h('p', { 'data-testid': 'roster-summary' }, diff.applied ? 'Applied. ' : 'Dry run: nothing changed yet. ',
      `${diff.lines} agent lines · ${diff.unchanged} unchanged`),
    diff.errors.length ? h('div', { 'data-testid': 'roster-errors' }, h('h3', {}, `Errors (${diff.errors.length}): fix them to apply`),
      h('table', {}, h('thead', {}, h('tr', {}, h('th', {}, 'Line'), h('th', {}, 'Field'), h('th', {}, 'Problem'))),
        h('tbody', {}, diff.errors.map(e => h('tr', {}, h('td', { class: 'num' }, String(e.line)), h('td', {}, e.field),
          h('td', {}, e.message)))))) : '',
    list('Added', 'roster-added', diff.added, id => id),
    list('Changed', 'roster-changed', diff.changed, c => `${c.agentId}: ${c.fields.join(', ')}`),
    list('Deactivated (in the file\'s pools, no longer listed)', 'roster-deactivated', diff.deactivated, id => id));
}

if (fileInput) {
  fileInput.addEventListener('change', dryRun);
  applyButton.addEventListener('click', apply);
}
