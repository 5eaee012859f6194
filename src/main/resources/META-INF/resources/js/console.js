// Workforce-manager console: agents (view, edit), constraint weights (edit, history), what-if simulations.
import { getJson, putJson, postJson } from './api.js';
import { h, clear, percent, duration, dateTime, toast } from './dom.js';
import { shareBar, pairedBars } from './charts.js';
import { signedIn } from './signed-in.js';
import { agentActions, liveState } from './roster.js';
import { fairnessBlock } from './whatif-fairness.js';
import { trafficFields } from './whatif-traffic.js';

const API = {
  workers: '/api/v1/workers',
  weights: '/api/v1/weights',
  history: '/api/v1/weights/history',
  whatIf: '/api/v1/what-if',
  constraints: '/api/v1/dashboard/constraints',
};


// ---------- tabs ----------

function showTab() {
  const current = (location.hash || '#agents').slice(1);
  document.querySelectorAll('[data-panel]').forEach(p => { p.hidden = p.dataset.panel !== current; });
  document.querySelectorAll('[data-tab]').forEach(t => t.setAttribute('aria-selected', String(t.dataset.tab === current)));
  if (current === 'what-if') renderProposal();
}
window.addEventListener('hashchange', showTab);

function failure(node, what, error) {
  clear(node).append(h('div', { class: 'banner bad', role: 'alert' }, `${what} could not be loaded: ${error.message}`,
    ' ', h('button', { class: 'btn', type: 'button', onclick: () => location.reload() }, 'Retry')));
}

// ---------- agents ----------

const agentsNode = document.getElementById('agents');
const filter = document.getElementById('agent-filter');
const poolSelect = document.getElementById('agent-pool');
const agentCount = document.getElementById('agent-count');
let agents = [];

async function loadAgents() {
  try {
    agents = await getJson(API.workers);
    const pools = [...new Set(agents.map(a => a.pool))].sort();
    clear(poolSelect).append(h('option', { value: '' }, 'All pools'), ...pools.map(p => h('option', { value: p }, p)));
    renderAgents();
  } catch (e) {
    agentCount.textContent = '';
    failure(agentsNode, 'Agents', e);
  }
}

function matches(agent, text) {
  if (!text) return true;
  const hay = [agent.id, agent.displayName, agent.pool, ...Object.keys(agent.skills), ...agent.languages,
    ...agent.licences].join(' ').toLowerCase();
  return text.toLowerCase().split(/\s+/).every(word => hay.includes(word));
}

function renderAgents() {
  const shown = agents.filter(a => (!poolSelect.value || a.pool === poolSelect.value) && matches(a, filter.value.trim()));
  agentCount.textContent = `${shown.length} of ${agents.length} agents`;
  clear(agentsNode);
  if (!agents.length) {
    agentsNode.append(h('div', { class: 'empty' }, h('strong', {}, 'No agents yet'),
      'Load a roster (config/) or add agents through the API.'));
    return;
  }
  if (!shown.length) {
    agentsNode.append(h('p', { class: 'quiet' }, 'No agent matches this filter.'));
    return;
  }
  agentsNode.append(h('table', { 'data-testid': 'agents' },
    h('thead', {}, h('tr', {}, ['Agent', 'Live state', 'Pool', 'Skills (proficiency 1-5)', 'Languages', 'Licences', 'Empathy', 'Capacity', '']
      .map(t => h('th', {}, t)))),
    h('tbody', {}, shown.map(a => h('tr', { 'data-agent': a.id },
      h('td', {}, h('b', {}, a.displayName || a.id), h('div', { class: 'quiet' }, a.id)),
      h('td', { 'data-testid': 'live-state' }, liveState(a)),
      h('td', {}, a.pool),
      h('td', {}, Object.entries(a.skills).sort().map(([k, v]) => h('span', { class: 'chip' }, `${k} ${v}`))),
      h('td', {}, a.languages.join(', ')),
      h('td', {}, a.licences.length ? a.licences.join(', ') : h('span', { class: 'quiet' }, 'none')),
      h('td', { style: { minWidth: '130px' } }, shareBar(a.empathy, '#8e5bd1')),
      h('td', { 'data-testid': 'capacity' }, capacityText(a.capacity)),
      h('td', { class: 'actions' }, h('button', { class: 'btn', type: 'button', onclick: () => editAgent(a) }, 'Edit'),
        ...agentActions(a, loadAgents)))))));
}

filter.addEventListener('input', renderAgents);
document.addEventListener('roster-changed', loadAgents);
poolSelect.addEventListener('change', renderAgents);

const agentDialog = document.getElementById('agent-dialog');
const agentForm = document.getElementById('agent-form');
agentDialog.querySelector('[data-close]').addEventListener('click', () => agentDialog.close());

function editAgent(agent) {
  document.getElementById('agent-dialog-title').textContent = `Edit ${agent.displayName || agent.id} (${agent.id})`;
  const skillRows = h('div', { id: 'skill-rows' });
  const addSkill = (skill = '', level = 3) => {
    const row = h('div', { class: 'toolbar skill-row', style: { marginBottom: '4px' } },
      h('input', { type: 'text', name: 'skill', value: skill, placeholder: 'skill, e.g. RETIREMENT', size: 18, 'aria-label': 'Skill' }),
      h('input', { type: 'number', name: 'proficiency', value: level, min: 1, max: 5, step: 1, style: { width: '70px' },
        'aria-label': 'Proficiency 1-5' }),
      h('button', { class: 'btn', type: 'button', onclick: () => row.remove(), 'aria-label': 'Remove skill' }, 'Remove'));
    skillRows.append(row);
  };
  Object.entries(agent.skills).sort().forEach(([k, v]) => addSkill(k, v));
  const error = h('div', { class: 'field-error', role: 'alert', 'data-testid': 'agent-error' });
  clear(agentForm).append(
    h('div', { class: 'form-grid' },
      h('label', { for: 'f-name' }, 'Display name'), h('input', { id: 'f-name', type: 'text', value: agent.displayName || '' }),
      h('label', { for: 'f-empathy' }, 'Empathy (0-1)'),
      h('input', { id: 'f-empathy', type: 'number', min: 0, max: 1, step: 0.01, value: agent.empathy }),
      h('label', { for: 'f-capacity' }, 'Capacity per channel'),
      h('input', { id: 'f-capacity', type: 'text', value: capacityText(agent.capacity),
        placeholder: 'VOICE 1, CHAT 3' }),
      h('label', { for: 'f-languages' }, 'Languages'),
      h('input', { id: 'f-languages', type: 'text', value: agent.languages.join(', '), placeholder: 'en, es' }),
      h('label', { for: 'f-licences' }, 'Licences'),
      h('input', { id: 'f-licences', type: 'text', value: agent.licences.join(', '), placeholder: 'SERIES_7, LIFE' }),
      h('span', {}, 'Skills'), h('div', {}, skillRows,
        h('button', { class: 'btn', type: 'button', onclick: () => addSkill() }, 'Add skill')),
      h('label', { for: 'f-reason' }, 'Why (optional)'),
      h('input', { id: 'f-reason', type: 'text', placeholder: 'kept in the agent\'s history' })),
    error,
    h('div', { class: 'toolbar', style: { marginTop: '14px', justifyContent: 'flex-end' } },
      h('button', { class: 'btn', type: 'button', onclick: () => agentDialog.close() }, 'Cancel'),
      h('button', { class: 'btn primary', type: 'submit' }, 'Save agent')));
  agentForm.onsubmit = async (e) => {
    e.preventDefault();
    const edited = readAgentForm(agent);
    if (edited.problems.length) {
      error.textContent = edited.problems.join(' ');
      return;
    }
    try {
      const updated = await putJson(`${API.workers}/${encodeURIComponent(agent.id)}`, edited.agent);
      agents = agents.map(a => (a.id === agent.id ? { ...a, ...updated } : a)); // keeps its live state
      agentDialog.close();
      renderAgents();
      toast(`Saved ${updated.displayName || updated.id}`);
    } catch (err) {
      error.textContent = `Not saved: ${err.message}`;
    }
  };
  agentDialog.showModal();
}

const CHANNELS = ['VOICE', 'CHAT', 'EMAIL', 'CALLBACK'];

/** "VOICE 1, CHAT 3" from the API's {"VOICE": 1, "CHAT": 3}. */
function capacityText(capacity) {
  return Object.entries(capacity || {}).map(([channel, calls]) => `${channel} ${calls}`).join(', ');
}

/** {"VOICE": 1, "CHAT": 3} from "VOICE 1, CHAT 3" (or "voice:1; chat:3"), or null when it is not one. */
function readCapacity(text) {
  const capacity = {};
  for (const part of text.split(/[,;]/).map(x => x.trim()).filter(Boolean)) {
    const match = /^([A-Za-z]+)\s*[: ]\s*(\d+)$/.exec(part);
    const channel = match && match[1].toUpperCase();
    if (!match || !CHANNELS.includes(channel) || channel in capacity || Number(match[2]) > 20) return null;
    capacity[channel] = Number(match[2]);
  }
  return Object.values(capacity).some(calls => calls > 0) ? capacity : null;
}

function readAgentForm(agent) {
  const problems = [];
  const mark = (input, bad) => input.setAttribute('aria-invalid', String(bad));
  const name = document.getElementById('f-name');
  const empathyInput = document.getElementById('f-empathy');
  const capacityInput = document.getElementById('f-capacity');
  const languagesInput = document.getElementById('f-languages');
  const list = (input) => input.value.split(',').map(x => x.trim()).filter(Boolean);
  const empathy = Number(empathyInput.value);
  const capacity = readCapacity(capacityInput.value);
  const languages = list(languagesInput);
  mark(empathyInput, !(empathyInput.value !== '' && empathy >= 0 && empathy <= 1));
  if (empathyInput.getAttribute('aria-invalid') === 'true') problems.push('Empathy must be a number from 0 to 1.');
  mark(capacityInput, capacity === null);
  if (capacity === null) {
    problems.push('Capacity is calls per channel, e.g. VOICE 1, CHAT 3 (channels VOICE, CHAT, EMAIL, CALLBACK; 0-20 each).');
  }
  mark(languagesInput, languages.length === 0);
  if (!languages.length) problems.push('Give at least one language.');
  const skills = {};
  agentForm.querySelectorAll('.skill-row').forEach(row => {
    const skillInput = row.querySelector('[name=skill]');
    const levelInput = row.querySelector('[name=proficiency]');
    const skill = skillInput.value.trim();
    const level = Number(levelInput.value);
    mark(skillInput, !skill || skill in skills);
    mark(levelInput, !(Number.isInteger(level) && level >= 1 && level <= 5));
    if (!skill) problems.push('A skill row has no skill name.');
    else if (skill in skills) problems.push(`Skill ${skill} appears twice.`);
    if (!(Number.isInteger(level) && level >= 1 && level <= 5)) problems.push(`Proficiency of ${skill || 'a skill'} must be 1-5.`);
    if (skill) skills[skill] = level;
  });
  const reasonText = document.getElementById('f-reason').value.trim();
  // Exactly the fields the workers API takes: it refuses unknown ones rather than ignore a typo.
  return { problems, agent: { pool: agent.pool, displayName: name.value.trim() || null, skills, languages,
    licences: list(document.getElementById('f-licences')), empathy, capacity, reason: reasonText || null } };
}


// ---------- weights ----------

const weightsNode = document.getElementById('weights');
const historyNode = document.getElementById('history');
const saveButton = document.getElementById('weights-save');
const resetButton = document.getElementById('weights-reset');
const simulateButton = document.getElementById('weights-simulate');
const weightsError = document.getElementById('weights-error');
const reason = document.getElementById('weights-reason');
let constraints = []; // [{name, displayName, level, minimumWeight}]
let current = {}; // constraint name -> weight in force
let proposed = {}; // constraint name -> edited weight (a string while typing)

function constraintOf(key) {
  const k = String(key).trim();
  return constraints.find(c => c.name === k || c.displayName === k
    || c.name === k.toUpperCase().replace(/[ -]/g, '_'));
}

/** The weights API's map by constraint display name, keyed here by the constraint's enum name. */
function byConstraint(named) {
  const out = {};
  for (const [key, value] of Object.entries(named || {})) {
    const c = constraintOf(key);
    if (c) out[c.name] = Number(value);
  }
  return out;
}

async function loadWeights() {
  try {
    constraints = await getJson(API.constraints);
    current = byConstraint((await getJson(API.weights)).weights);
    proposed = { ...current };
    renderWeights();
  } catch (e) {
    failure(weightsNode, 'Weights', e);
  }
}

function weightProblem(c, raw) {
  const value = Number(raw);
  if (raw === '' || !Number.isInteger(value)) return 'a whole number';
  if (value < c.minimumWeight) return c.minimumWeight > 0 ? 'at least 1: a hard rule cannot be switched off' : 'not negative';
  if (value > 1000000) return 'at most 1,000,000';
  return null;
}

function changedWeights() {
  return constraints.filter(c => String(proposed[c.name]) !== String(current[c.name]))
    .map(c => ({ c, from: current[c.name], to: Number(proposed[c.name]) }));
}

/** The proposed weights that differ from those in force, by display name (the what-if against longest-idle). */
export function weightProposal() {
  return Object.fromEntries(changedWeights().map(x => [x.c.displayName, x.to]));
}

function validWeights() {
  return constraints.every(c => !weightProblem(c, String(proposed[c.name])));
}

function renderWeights() {
  // One scale for every row, redrawn as any proposal changes, so the bars stay comparable.
  const scale = () => Math.max(1, ...constraints.map(c => Math.max(current[c.name] || 0, Number(proposed[c.name]) || 0)));
  const painters = [];
  clear(weightsNode).append(h('table', { 'data-testid': 'weights' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Constraint'), h('th', {}, 'Level'), h('th', { class: 'num' }, 'In force'),
      h('th', {}, 'Proposed'), h('th', { style: { width: '30%' } }, ''))),
    h('tbody', {}, constraints.map(c => {
      const input = h('input', { type: 'number', step: 1, min: c.minimumWeight, value: proposed[c.name] ?? '',
        style: { width: '90px' }, 'aria-label': `Weight of ${c.displayName}`, 'data-constraint': c.name });
      const note = h('div', { class: 'field-error' });
      const bars = h('div', {});
      const paint = () => {
        const max = scale();
        const problem = weightProblem(c, input.value);
        input.setAttribute('aria-invalid', String(Boolean(problem)));
        note.textContent = problem ? `Must be ${problem}.` : '';
        const p = Number(input.value) || 0;
        clear(bars).append(
          h('div', { class: 'track', style: { height: '5px', background: '#eef0f4', borderRadius: '3px', marginBottom: '2px' } },
            h('span', { style: { display: 'block', height: '100%', width: `${Math.min(100, 100 * (current[c.name] || 0) / max)}%`, background: 'var(--current)', borderRadius: '3px' } })),
          h('div', { class: 'track', style: { height: '5px', background: '#eef0f4', borderRadius: '3px' } },
            h('span', { style: { display: 'block', height: '100%', width: `${Math.min(100, 100 * p / max)}%`, background: 'var(--proposed)', borderRadius: '3px' } })));
      };
      input.addEventListener('input', () => {
        proposed[c.name] = input.value;
        painters.forEach(p => p());
        refreshWeightButtons();
      });
      painters.push(paint);
      paint();
      return h('tr', { 'data-constraint-row': c.name },
        h('td', {}, c.displayName), h('td', {}, h('span', { class: 'chip' }, c.level.toLowerCase())),
        h('td', { class: 'num' }, current[c.name] ?? '–'), h('td', {}, input, note), h('td', {}, bars));
    }))));
  refreshWeightButtons();
}

function refreshWeightButtons() {
  const changed = changedWeights().length > 0;
  const valid = validWeights();
  saveButton.disabled = !changed || !valid;
  resetButton.disabled = !changed;
  simulateButton.disabled = !changed || !valid;
  weightsError.textContent = valid ? '' : 'Fix the weights marked in red first.';
}

resetButton.addEventListener('click', () => { proposed = { ...current }; renderWeights(); });
simulateButton.addEventListener('click', () => { location.hash = '#what-if'; });
saveButton.addEventListener('click', async () => {
  weightsError.textContent = '';
  if (!reason.value.trim()) {
    weightsError.textContent = 'Say why (kept in the change history for compliance).';
    reason.setAttribute('aria-invalid', 'true');
    reason.focus();
    return;
  }
  reason.removeAttribute('aria-invalid');
  const changes = changedWeights();
  const body = { weights: Object.fromEntries(changes.map(x => [x.c.displayName, x.to])), reason: reason.value.trim() };
  saveButton.disabled = true;
  try {
    const saved = await putJson(API.weights, body);
    current = byConstraint(saved.after);
    proposed = { ...current };
    reason.value = '';
    renderWeights();
    toast(`Saved ${changes.length} weight change${changes.length === 1 ? '' : 's'}`);
    loadHistory();
  } catch (e) {
    weightsError.textContent = `Not saved: ${e.message}`;
    refreshWeightButtons();
  }
});

function historyEntries(list) {
  return list.map(x => ({ at: x.changedAt, who: x.changedBy, reason: x.reason || '', first: !x.before,
    before: byConstraint(x.before), after: byConstraint(x.after) }));
}

async function loadHistory() {
  try {
    const entries = historyEntries(await getJson(API.history));
    clear(historyNode);
    if (!entries.length) {
      historyNode.append(h('p', { class: 'quiet' }, 'No weight change recorded yet.'));
      return;
    }
    historyNode.append(h('table', { 'data-testid': 'history' },
      h('thead', {}, h('tr', {}, h('th', {}, 'When'), h('th', {}, 'Who'), h('th', {}, 'Changes'), h('th', {}, 'Why'))),
      h('tbody', {}, entries.map(e => {
        const diffs = constraints.filter(c => e.before[c.name] !== e.after[c.name] && e.after[c.name] !== undefined)
          .map(c => h('div', { class: 'change' }, `${c.displayName}: `, h('span', { class: 'num' },
            `${e.before[c.name] ?? '–'} → ${e.after[c.name]}`)));
        const what = e.first ? h('span', { class: 'quiet' }, 'first weights in force')
          : diffs.length ? diffs : h('span', { class: 'quiet' }, 'no change');
        return h('tr', {}, h('td', { class: 'num' }, dateTime(e.at)), h('td', {}, e.who || '–'),
          h('td', {}, what), h('td', {}, e.reason));
      }))));
  } catch (e) {
    failure(historyNode, 'The change history', e);
  }
}

// ---------- what-if ----------

const proposalNode = document.getElementById('whatif-proposal');
const runButton = document.getElementById('whatif-run');
const whatIfError = document.getElementById('whatif-error');
const resultNode = document.getElementById('whatif-result');

function renderProposal() {
  const changes = changedWeights();
  clear(proposalNode);
  if (!changes.length) {
    proposalNode.append(h('p', { class: 'quiet' },
      'No weight differs from the weights in force. Edit some in “Weights & history” (no need to save) and come back.'));
  } else {
    proposalNode.append(h('ul', {}, changes.map(x => h('li', {}, `${x.c.displayName}: ${x.from} → ${x.to}`))));
  }
  runButton.disabled = !changes.length || !validWeights();
}

const FORMATS = {
  share: v => percent(v, 1),
  seconds: v => (v < 60 ? `${v.toFixed(1)} s` : duration(v)),
  score: v => v.toFixed(3),
};

/** A change as people read it: points for shares, seconds for waits, with its paired 95% interval. */
function changeText(m) {
  const signed = (v, digits, unit) => `${v >= 0 ? '+' : '−'}${Math.abs(v).toFixed(digits)}${unit}`;
  const [scale, digits, unit] = m.unit === 'share' ? [100, 1, ' pts'] : m.unit === 'seconds' ? [1, 1, ' s'] : [1, 3, ''];
  const ci = m.differenceHalfWidth == null ? '' : ` ± ${(m.differenceHalfWidth * scale).toFixed(digits)}`;
  return `${signed(m.difference * scale, digits, unit)}${ci}`;
}

function renderComparison(job) {
  const r = job.result;
  clear(resultNode).append(
    h('h3', {}, 'Current against proposed weights'),
    h('p', { class: 'quiet' }, `${r.scenario}. Same callers, same agents, same random draws: the difference is the weights.`),
    h('div', { class: 'key' }, h('span', {}, h('i', { style: { background: 'var(--current)' } }), 'current'),
      h('span', {}, h('i', { style: { background: 'var(--proposed)' } }), 'proposed'),
      h('span', {}, '— 95% confidence interval over replications')),
    h('div', { class: 'compare', 'data-testid': 'comparison' }, r.metrics.map(m => {
      const fmt = FORMATS[m.unit] || FORMATS.score;
      const better = m.higherIsBetter ? m.difference > 0 : m.difference < 0;
      // The paired difference decides: both runs met the same callers, so its interval is the honest one.
      const known = m.differenceHalfWidth != null;
      const clearly = known && m.difference !== 0 && Math.abs(m.difference) > m.differenceHalfWidth;
      const verdict = !known ? (m.difference === 0 ? ' (no change)' : ' (one replication: no interval)')
        : clearly ? (better ? ' better' : ' worse') : ' (within noise)';
      return h('div', { class: 'metric', 'data-metric': m.name },
        h('div', {}, m.label),
        pairedBars(m.current, m.proposed, { format: fmt, currentHalfWidth: m.currentHalfWidth,
          proposedHalfWidth: m.proposedHalfWidth }),
        h('div', { class: `delta ${clearly ? (better ? 'better' : 'worse') : ''}` }, changeText(m), verdict));
    })),
    fairnessBlock(r.fairness));
}

async function poll(id) {
  for (;;) {
    let job;
    try {
      job = await getJson(`${API.whatIf}/${encodeURIComponent(id)}`);
    } catch (e) {
      clear(resultNode).append(h('div', { class: 'banner bad' }, `Lost track of the what-if: ${e.message}`));
      break;
    }
    if (job.status === 'DONE') { renderComparison(job); break; }
    if (job.status === 'FAILED') {
      clear(resultNode).append(h('div', { class: 'banner bad', 'data-testid': 'whatif-failed' },
        `The what-if failed: ${job.error || 'no reason given'}`));
      break;
    }
    clear(resultNode).append(h('h3', {}, job.status === 'QUEUED' ? 'Waiting for the simulator…' : 'Simulating…'),
      h('div', { class: 'progress', role: 'progressbar', 'aria-valuenow': Math.round(job.progress * 100),
        'aria-valuemin': 0, 'aria-valuemax': 100 }, h('span', { style: { width: `${(job.progress * 100).toFixed(0)}%` } })),
      h('p', { class: 'quiet' }, `${Math.round(job.progress * 100)}% of ${job.replications} replication${job.replications === 1 ? '' : 's'} per weight set`));
    await new Promise(r => setTimeout(r, 500));
  }
  runButton.disabled = false;
}

runButton.addEventListener('click', async () => {
  whatIfError.textContent = '';
  const changes = changedWeights();
  runButton.disabled = true;
  try {
    const job = await postJson(API.whatIf, {
      weights: Object.fromEntries(changes.map(x => [x.c.displayName, x.to])),
      replications: Number(document.getElementById('whatif-replications').value),
      seed: Number(document.getElementById('whatif-seed').value),
      ...trafficFields(),
    });
    await poll(job.id);
  } catch (e) {
    whatIfError.textContent = `Not started: ${e.message}`;
    runButton.disabled = false;
  }
});

// The change history names the signed-in user: the service takes it from the session, not from the page.
signedIn().catch(e => toast(`Who is signed in could not be read: ${e.message}`));
showTab();
loadAgents();
loadWeights().then(loadHistory);
