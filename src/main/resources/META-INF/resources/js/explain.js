// "Why did this call go to this agent?": the stored explanation of one decision, in a dialog.
import { getJson } from './api.js';
import { h, clear, clock } from './dom.js';
import { divergingBars, shareBar, careColor } from './charts.js';

let dialog;

function ensureDialog() {
  if (dialog) return dialog;
  dialog = h('dialog', { id: 'explanation', 'aria-labelledby': 'explanation-title' },
    h('header', {},
      h('h2', { id: 'explanation-title' }, 'Why this agent'),
      h('button', { class: 'close', type: 'button', 'aria-label': 'Close', onclick: () => dialog.close() }, '×')),
    h('div', { class: 'body' }));
  dialog.addEventListener('click', e => { if (e.target === dialog) dialog.close(); });
  document.body.append(dialog);
  return dialog;
}

/** Opens the dialog at once with what the dashboard already knows, then fills in the stored explanation. */
export async function explainDecision(decision) {
  const d = ensureDialog();
  const body = d.querySelector('.body');
  clear(body).append(h('p', { class: 'quiet' }, 'Loading the stored explanation…'));
  if (!d.open) d.showModal();
  try {
    render(body, await stored(decision.decisionId));
  } catch (e) {
    clear(body).append(
      h('div', { class: 'banner bad', 'data-testid': 'explanation-error' },
        e.status === 404
          ? `Decision ${decision.decisionId} is not stored yet (decisions are stored a moment after the offer). Try again in a few seconds.`
          : `The explanation could not be loaded: ${e.message}`),
      decision.whisper ? h('blockquote', { class: 'whisper' }, decision.whisper) : '');
  }
}

/** The decision journal stores an offer a moment after it is made: a fresh one may need a second try. */
async function stored(decisionId) {
  const url = `/api/v1/decisions/${encodeURIComponent(decisionId)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      return await getJson(url);
    } catch (e) {
      if (e.status !== 404 || attempt >= 4) throw e;
      await new Promise(r => setTimeout(r, 400 * attempt));
    }
  }
}

const STATUS_WORDS = { PENDING: 'offered, waiting for the agent', ACCEPTED: 'accepted by the agent',
  REJECTED: 'declined by the agent', TIMED_OUT: 'not answered in time', RESCINDED: 'withdrawn' };

function render(body, x) {
  const moving = (x.contributions || []).map(c => ({ ...c, score: Number(c.score) }));
  clear(body);
  // Element.append writes null as the text "null": leave out the blocks this decision has nothing for.
  body.append(...[
    h('div', { class: 'facts' },
      fact('Call', x.callId), fact('Agent', x.agentId), fact('Path', x.path), fact('Score', x.score),
      fact('Decided', clock(x.createdAt)),
      fact('Offer', x.status ? (STATUS_WORDS[x.status] || x.status.toLowerCase()) : null)),
    x.whisper ? h('div', {}, h('h3', {}, 'Whisper to the agent'),
      h('blockquote', { class: 'whisper', 'data-testid': 'whisper' }, x.whisper)) : null,
    x.careNeed ? careBlock(x.careNeed) : null,
    x.reasons && x.reasons.length ? h('div', {}, h('h3', {}, 'Reasons for this agent'),
      h('ul', { 'data-testid': 'reasons' }, x.reasons.map(r => h('li', {}, r)))) : null,
    x.rulesChecked && x.rulesChecked.length ? h('div', {}, h('h3', {}, 'Hard rules checked (all met)'),
      h('ul', { 'data-testid': 'rules-checked' }, x.rulesChecked.map(r => h('li', {}, r)))) : null,
    x.passedOver && x.passedOver.length ? h('div', {}, h('h3', {}, 'Agents passed over, and why'),
      h('ul', { 'data-testid': 'passed-over' }, x.passedOver.map(r => h('li', {}, r)))) : null,
    contributionsBlock(moving),
    x.alternativeAgentIds && x.alternativeAgentIds.length && !(x.passedOver && x.passedOver.length)
      ? h('p', { class: 'quiet' }, 'Runners-up: ', x.alternativeAgentIds.join(', ')) : null,
    x.outcome ? h('p', { class: 'quiet' }, `Call ended: ${String(x.outcome.outcome).toLowerCase()}`,
      x.outcome.csat ? `, satisfaction ${x.outcome.csat}/5` : '') : null,
    h('p', { class: 'quiet' }, `Decision ${x.decisionId}`)].filter(Boolean));
}

function fact(label, value) {
  return h('div', {}, h('small', {}, label), h('b', { class: 'num' }, value ?? '–'));
}

function careBlock(care) {
  const row = (label, value) => value === undefined || value === null ? null
    : h('tr', {}, h('td', {}, label), h('td', { style: { width: '70%' } }, shareBar(value, careColor(value))));
  return h('div', {}, h('h3', {}, `Care need of the caller${care.level ? `: ${care.level}` : ''}`),
    h('table', {}, h('tbody', {}, row('Care need', care.value), row('Distress', care.distress),
      row('Stakes', care.stakes))));
}

function contributionsBlock(contributions) {
  const moving = contributions.filter(c => c.score !== 0)
    .sort((a, b) => Math.abs(b.score) - Math.abs(a.score));
  const still = contributions.filter(c => c.score === 0).map(c => c.constraint);
  return h('div', { 'data-testid': 'contributions' },
    h('h3', {}, 'Contribution of each constraint (weighted score)'),
    moving.length
      ? divergingBars(moving.map(c => ({ label: `${c.constraint}${c.level ? ` (${c.level.toLowerCase()})` : ''}`,
        value: c.score, text: c.score > 0 ? `+${c.score}` : String(c.score) })))
      : h('p', { class: 'quiet' }, 'No constraint moved the score for this pairing.'),
    still.length ? h('p', { class: 'quiet' }, `No effect: ${still.join(', ')}.`) : null);
}
