export type ChartBar = { label: string; onTime: number; late: number; outstanding: number };

const COLORS = { onTime: '#1d6b35', late: '#b35c00', outstanding: '#b00020' };
const ROW = 26;
const LABEL_W = 150;
const WIDTH = 520;

/** Stacked horizontal bars (on time / late / outstanding) per kind, as SVG with a text alternative. */
export function ReportChart({
  title,
  bars,
  max,
  legend,
}: {
  title: string;
  bars: ChartBar[];
  max: number;
  legend: { onTime: string; late: string; outstanding: string };
}) {
  const scale = (n: number) => (max > 0 ? (n / max) * (WIDTH - LABEL_W - 40) : 0);
  const height = bars.length * ROW + 30;
  return (
    <figure class="report-chart">
      <svg
        role="img"
        aria-label={title}
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        data-testid="report-chart"
      >
        <title>{title}</title>
        {bars.map((bar, i) => {
          const y = i * ROW + 4;
          const parts: [keyof typeof COLORS, number][] = [
            ['onTime', bar.onTime],
            ['late', bar.late],
            ['outstanding', bar.outstanding],
          ];
          let x = LABEL_W;
          return (
            <g key={bar.label}>
              <text x={LABEL_W - 6} y={y + 15} text-anchor="end" font-size="12" fill="#1b1f24">
                {bar.label}
              </text>
              {parts.map(([key, n]) => {
                const w = scale(n);
                const rect = (
                  <rect key={key} x={x} y={y} width={w} height={ROW - 8} fill={COLORS[key]}>
                    <title>{`${legend[key]}: ${n}`}</title>
                  </rect>
                );
                x += w;
                return rect;
              })}
              <text x={x + 4} y={y + 15} font-size="12" fill="#1b1f24">
                {bar.onTime + bar.late + bar.outstanding}
              </text>
            </g>
          );
        })}
        {(Object.keys(COLORS) as (keyof typeof COLORS)[]).map((key, i) => (
          <g key={key}>
            <rect x={LABEL_W + i * 110} y={height - 20} width={12} height={12} fill={COLORS[key]} />
            <text x={LABEL_W + i * 110 + 16} y={height - 10} font-size="12" fill="#1b1f24">
              {legend[key]}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
