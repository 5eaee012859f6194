// Small SVG charts drawn by hand: a sparkline, a diverging bar chart and paired bars. No library needed.
import { h, s } from './dom.js';

/** A line of recent values; a dashed line marks a threshold when given. */
export function sparkline(values, { width = 90, height = 30, threshold = null, color = '#2457c5' } = {}) {
  const svg = s('svg', { class: 'spark', width, height, viewBox: `0 0 ${width} ${height}`, 'aria-hidden': 'true' });
  const finite = values.filter(v => v !== null && v !== undefined && Number.isFinite(v));
  if (finite.length < 2) return svg;
  const max = Math.max(...finite, threshold ?? 0) || 1;
  const step = width / Math.max(1, values.length - 1);
  const y = v => height - 2 - (v / max) * (height - 4);
  const points = values.map((v, i) => (Number.isFinite(v) ? `${(i * step).toFixed(1)},${y(v).toFixed(1)}` : null))
    .filter(Boolean).join(' ');
  if (threshold !== null && threshold !== undefined) {
    svg.append(s('line', { x1: 0, x2: width, y1: y(threshold), y2: y(threshold), stroke: '#b42318',
      'stroke-dasharray': '3 3', 'stroke-width': 1, opacity: 0.6 }));
  }
  svg.append(s('polyline', { points, fill: 'none', stroke: color, 'stroke-width': 1.6, 'stroke-linejoin': 'round' }));
  return svg;
}

/**
 * Per-constraint contributions to a decision: penalties to the left in red, rewards to the right in green,
 * each bar labelled with its constraint and value.
 */
export function divergingBars(items, { width = 680, row = 24, labelWidth = 190 } = {}) {
  const height = Math.max(row, items.length * row) + 6;
  const svg = s('svg', { width: '100%', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': 'Contribution of each constraint to the decision' });
  const max = Math.max(1, ...items.map(i => Math.abs(i.value)));
  const gutter = 56; // room for the value text beside the longest bar on either side
  const plot = width - labelWidth - 2 * gutter;
  const zero = labelWidth + gutter + plot / 2;
  svg.append(s('line', { x1: zero, x2: zero, y1: 0, y2: height, stroke: '#9aa4b5' }));
  items.forEach((item, index) => {
    const y = index * row + 4;
    const length = (Math.abs(item.value) / max) * (plot / 2);
    const x = item.value < 0 ? zero - length : zero;
    svg.append(s('text', { x: labelWidth - 8, y: y + row / 2 + 1, 'text-anchor': 'end', 'font-size': 12,
      fill: '#1d2330' }, item.label));
    svg.append(s('rect', { x, y: y + 3, width: Math.max(1, length), height: row - 10, rx: 2,
      fill: item.value < 0 ? '#d9534f' : '#2e9d5b' }));
    const textX = item.value < 0 ? zero - length - 4 : zero + length + 4;
    svg.append(s('text', { x: textX, y: y + row / 2 + 1, 'text-anchor': item.value < 0 ? 'end' : 'start',
      'font-size': 11, fill: '#5d6678' }, item.text ?? String(item.value)));
  });
  return svg;
}

/** Two bars on one scale, current above proposed, with optional 95% confidence whiskers. Drawn at pixel size. */
export function pairedBars(current, proposed, { width = 620, format = String,
  currentHalfWidth = null, proposedHalfWidth = null } = {}) {
  const height = 36;
  const max = Math.max(current + (currentHalfWidth || 0), proposed + (proposedHalfWidth || 0), 1e-9);
  const plot = width - 80;
  const svg = s('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `current ${format(current)}, proposed ${format(proposed)}` });
  const x = v => (Math.max(0, v) / max) * plot;
  const bar = (value, half, y, fill) => {
    svg.append(s('rect', { x: 0, y, width: Math.max(1, x(value)), height: 13, rx: 2, fill }));
    let end = x(value);
    if (half) {
      const lo = x(value - half);
      const hi = x(value + half);
      svg.append(s('path', { d: `M${lo},${y + 3}v7M${lo},${y + 6.5}H${hi}M${hi},${y + 3}v7`,
        stroke: '#1d2330', 'stroke-width': 1.2, fill: 'none' }));
      end = Math.max(end, hi);
    }
    svg.append(s('text', { x: end + 6, y: y + 11, 'font-size': 12, fill: '#1d2330' }, format(value)));
  };
  bar(current, currentHalfWidth, 2, '#9aa4b5');
  bar(proposed, proposedHalfWidth, 20, '#2457c5');
  return svg;
}

/** A horizontal bar with a track, for shares such as care need or empathy. */
export function shareBar(share, color) {
  const value = Math.max(0, Math.min(1, share || 0));
  return h('div', { class: 'barcell' },
    h('div', { class: 'track' }, h('span', { style: { width: `${(value * 100).toFixed(0)}%`, background: color } })),
    h('span', { class: 'num' }, value.toFixed(2)));
}

/** Colour for a care-need or distress level: routine grey-blue, elevated amber, high red. */
export function careColor(value) {
  if (value >= 0.7) return '#b42318';
  if (value >= 0.4) return '#d6a02f';
  return '#7d8fb0';
}
