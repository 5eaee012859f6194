// The what-if's fairness audit: which customer segments the current and the proposed weights would flag
// (a favourable rate under the band, four-fifths by default, of the best-served segment's), before applying them.
import { h } from './dom.js';

const ratio = (v) => (v === null || v === undefined ? '–' : v.toFixed(2));
const RATES = {
  ANSWERED: 'answered', SERVICE_LEVEL: 'service level', TOP_EMPATHY: 'top-empathy agent',
  TOP_PROFICIENCY: 'top-proficiency agent', RESOLVED: 'resolved', NO_COMPLAINT: 'no complaint',
};

export function fairnessBlock(fairness) {
  if (!fairness) return '';
  const band = fairness.band.toFixed(2);
  const verdict = fairness.newlyFlagged.length
    ? h('div', { class: 'banner bad', role: 'alert', 'data-testid': 'whatif-newly-flagged' },
      `The proposed weights would flag ${fairness.newlyFlagged.join(', ')}: a rate under ${band} of the best-served segment's.`)
    : h('p', { 'data-testid': 'whatif-newly-flagged' }, `The proposed weights flag no segment that the current ones do not`
      + (fairness.flaggedProposed.length ? ` (both flag ${fairness.flaggedProposed.join(', ')}).` : '.'));
  return h('div', { class: 'panel', style: { marginTop: '12px' } },
    h('h3', {}, 'Fairness audit of both runs'),
    h('p', { class: 'quiet' }, `Per customer segment, its lowest rate against the best-served segment of the same kind;`
      + ` under ${band} is flagged, as the live audit does.`),
    verdict,
    h('table', { 'data-testid': 'whatif-fairness' },
      h('thead', {}, h('tr', {}, ['Segment', 'Calls', 'Lowest ratio now', 'Proposed', 'Of'].map(t => h('th', {}, t)))),
      h('tbody', {}, fairness.segments.map(s => h('tr', { 'data-segment': `${s.dimension}=${s.segment}`,
        class: s.flaggedProposed ? 'flagged' : '' },
      h('td', {}, `${s.dimension} = ${s.segment}`),
      h('td', { class: 'num' }, s.callsProposed),
      h('td', { class: 'num' }, ratio(s.lowestCurrent), s.flaggedCurrent ? ' ⚑' : ''),
      h('td', { class: 'num', 'data-field': 'proposed' }, ratio(s.lowestProposed), s.flaggedProposed ? ' ⚑' : ''),
      h('td', {}, RATES[s.rateProposed] || ''))))));
}
