/**
 * The national day's picture (docs/national-day.svg), drawn from the bench's results: on the left,
 * each tracked publication's latency to its first email over the compressed day, one colour per
 * run, with the target (poll interval + 5 s); on the right, each run's throughput and CPU per item.
 */
import type { RunResult } from '../suites/national.ts';

export interface ChartMeta {
  scale: number;
  items: number;
  courts: number;
  trackedItems: number;
  subscribers: number;
  daySeconds: number;
  pollSeconds: number;
  measuredAt: string;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function renderChart(meta: ChartMeta, results: RunResult[], loadNote = ''): string {
  const W = 960;
  const H = 420;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Arial, Helvetica, sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">${esc(`National day bench: alert latency over the day and throughput per run (${meta.measuredAt.slice(0, 10)})`)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="20" y="24" font-size="15" font-weight="bold">${esc(`A national day: ${meta.items.toLocaleString('en-US')} items from ${meta.courts} courts in ${meta.daySeconds} s, ${meta.trackedItems.toLocaleString('en-US')} tracked, ${meta.subscribers.toLocaleString('en-US')} subscribers`)}</text>`,
    `<text x="20" y="42" fill="#555">${esc(`npm run bench -- national (scale ${meta.scale}), ${meta.measuredAt.slice(0, 16).replace('T', ' ')} UTC${loadNote ? `, ${loadNote}` : ''}`)}</text>`,
  ];
  // Left: latency over the day.
  const L = { x: 60, y: 70, w: 520, h: 300 };
  const allLat = results.flatMap((r) => r.timeline.map(([, s]) => s));
  const target = meta.pollSeconds + 5;
  const yMax = Math.max(target * 1.5, ...allLat, 1);
  const xMax = Math.max(meta.daySeconds, ...results.flatMap((r) => r.timeline.map(([t]) => t)), 1);
  const px = (t: number) => L.x + (t / xMax) * L.w;
  const py = (s: number) => L.y + L.h - (Math.min(s, yMax) / yMax) * L.h;
  out.push(`<rect x="${L.x}" y="${L.y}" width="${L.w}" height="${L.h}" fill="none" stroke="#999"/>`);
  for (let i = 0; i <= 5; i++) {
    const s = (yMax / 5) * i;
    out.push(
      `<line x1="${L.x}" x2="${L.x + L.w}" y1="${py(s)}" y2="${py(s)}" stroke="#eee"/>`,
      `<text x="${L.x - 6}" y="${py(s) + 4}" text-anchor="end">${s.toFixed(0)} s</text>`,
    );
    const t = (xMax / 5) * i;
    out.push(`<text x="${px(t)}" y="${L.y + L.h + 16}" text-anchor="middle">${t.toFixed(0)} s</text>`);
  }
  out.push(
    `<line x1="${L.x}" x2="${L.x + L.w}" y1="${py(target)}" y2="${py(target)}" stroke="#000" stroke-dasharray="5,4"/>`,
    `<text x="${L.x + L.w - 4}" y="${py(target) - 5}" text-anchor="end">target p99: poll interval + 5 s = ${target} s</text>`,
    `<text x="${L.x + L.w / 2}" y="${L.y + L.h + 34}" text-anchor="middle">publication, seconds into the compressed day</text>`,
    `<text transform="translate(16 ${L.y + L.h / 2}) rotate(-90)" text-anchor="middle">publication → first email</text>`,
  );
  results.forEach((r, i) => {
    const color = COLORS[i % COLORS.length]!;
    // At most 1,500 points a run keeps the file small.
    const step = Math.max(1, Math.ceil(r.timeline.length / 1500));
    for (let k = 0; k < r.timeline.length; k += step) {
      const [t, s] = r.timeline[k]!;
      out.push(
        `<circle cx="${px(t).toFixed(1)}" cy="${py(s).toFixed(1)}" r="1.6" fill="${color}" fill-opacity="0.55"/>`,
      );
    }
  });
  // Right: throughput and CPU per item per run.
  const R = { x: 640, y: 70, w: 290, h: 300 };
  const maxRate = Math.max(...results.map((r) => r.itemsPerS), 1);
  const rowH = Math.min(56, R.h / Math.max(results.length, 1));
  out.push(`<text x="${R.x}" y="${R.y - 8}" font-weight="bold">items of the day per wall second</text>`);
  results.forEach((r, i) => {
    const color = COLORS[i % COLORS.length]!;
    const y = R.y + i * rowH;
    const w = (r.itemsPerS / maxRate) * (R.w - 90);
    const p99 = r.latencyP99S === null ? 'n/a' : `${r.latencyP99S.toFixed(1)} s`;
    const cpu = `${r.cpuMsPerItem.toFixed(2)}${r.serverCpuMsPerItem !== null ? ` + ${r.serverCpuMsPerItem.toFixed(2)} db` : ''} ms CPU/item`;
    out.push(
      `<rect x="${R.x}" y="${y + 4}" width="${w.toFixed(1)}" height="16" fill="${color}"/>`,
      `<text x="${R.x + w + 6}" y="${y + 16}">${Math.round(r.itemsPerS)}/s</text>`,
      `<text x="${R.x}" y="${y + 34}" fill="#333">${esc(`${r.name}: day ${r.wallS.toFixed(0)} s, p99 ${p99}, ${r.duplicates} duplicate`)}</text>`,
      `<text x="${R.x}" y="${y + 48}" fill="#666">${esc(`${cpu}, ${r.peakRssMiB.toFixed(0)} MiB peak`)}</text>`,
    );
  });
  out.push('</svg>', '');
  return out.join('\n');
}
