/** The four segments charts as chart.js configurations, mirrored for right-to-left languages. */
import type { ChartConfiguration } from 'chart.js';

export interface ChartLook {
	rtl: boolean;
	/** Formats a value in minor units as money in the shop's language. */
	money: (minor: number) => string;
	/** Formats a count in the shop's language. */
	number: (value: number) => string;
}

const INK = '#1f2a2a';
const COLORS = ['#1f5f5b', '#c07a2c', '#6b8f3a', '#8a5a9e', '#9a3b3b'];

function base(look: ChartLook) {
	return {
		responsive: true,
		maintainAspectRatio: false,
		animation: false as const,
		plugins: {
			legend: {
				rtl: look.rtl,
				textDirection: look.rtl ? 'rtl' : 'ltr',
				position: 'bottom' as const,
				labels: { color: INK }
			},
			tooltip: { rtl: look.rtl, textDirection: look.rtl ? 'rtl' : 'ltr' }
		}
	};
}

/** Bars of customers per group, with the group's 12-month revenue on a second axis. */
export function groupsChart(
	labels: string[],
	customers: number[],
	revenue: number[],
	names: { customers: string; revenue: string },
	look: ChartLook
): ChartConfiguration<'bar'> {
	const b = base(look);
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{ label: names.customers, data: customers, backgroundColor: COLORS[0], yAxisID: 'y' },
				{ label: names.revenue, data: revenue, backgroundColor: COLORS[1], yAxisID: 'money' }
			]
		},
		options: {
			...b,
			plugins: {
				...b.plugins,
				tooltip: {
					...b.plugins.tooltip,
					callbacks: {
						label: (item) =>
							`${item.dataset.label}: ${
								item.dataset.yAxisID === 'money'
									? look.money(Number(item.raw))
									: look.number(Number(item.raw))
							}`
					}
				}
			},
			scales: {
				x: { reverse: look.rtl, ticks: { color: INK } },
				y: {
					position: look.rtl ? 'right' : 'left',
					beginAtZero: true,
					ticks: { color: INK, precision: 0, callback: (v) => look.number(Number(v)) }
				},
				money: {
					position: look.rtl ? 'left' : 'right',
					beginAtZero: true,
					grid: { drawOnChartArea: false },
					ticks: { color: INK, callback: (v) => look.money(Number(v)) }
				}
			}
		}
	};
}

/** Cumulative share of revenue against share of customers, best customers first. */
export function paretoChart(
	points: { customers: number; revenue: number }[],
	names: { curve: string; even: string; x: string; y: string },
	look: ChartLook
): ChartConfiguration<'line'> {
	const b = base(look);
	const percent = (v: number | string) => `${Math.round(Number(v))}%`;
	return {
		type: 'line',
		data: {
			datasets: [
				{
					label: names.curve,
					data: points.map((p) => ({ x: p.customers * 100, y: p.revenue * 100 })),
					borderColor: COLORS[0],
					backgroundColor: COLORS[0],
					pointRadius: 0,
					borderWidth: 3
				},
				{
					label: names.even,
					data: [
						{ x: 0, y: 0 },
						{ x: 100, y: 100 }
					],
					borderColor: '#8c8c8c',
					borderDash: [6, 6],
					pointRadius: 0,
					borderWidth: 1
				}
			]
		},
		options: {
			...b,
			plugins: {
				...b.plugins,
				tooltip: {
					...b.plugins.tooltip,
					callbacks: {
						label: (item) =>
							`${percent((item.raw as { x: number }).x)} → ${percent((item.raw as { y: number }).y)}`
					}
				}
			},
			scales: {
				x: {
					type: 'linear',
					min: 0,
					max: 100,
					reverse: look.rtl,
					title: { display: true, text: names.x, color: INK },
					ticks: { color: INK, callback: percent }
				},
				y: {
					min: 0,
					max: 100,
					position: look.rtl ? 'right' : 'left',
					title: { display: true, text: names.y, color: INK },
					ticks: { color: INK, callback: percent }
				}
			}
		}
	};
}

/** Revenue by month, the season at a glance. */
export function monthsChart(
	labels: string[],
	revenue: number[],
	name: string,
	look: ChartLook
): ChartConfiguration<'bar'> {
	const b = base(look);
	return {
		type: 'bar',
		data: { labels, datasets: [{ label: name, data: revenue, backgroundColor: COLORS[0] }] },
		options: {
			...b,
			plugins: {
				...b.plugins,
				legend: { ...b.plugins.legend, display: false },
				tooltip: {
					...b.plugins.tooltip,
					callbacks: { label: (item) => look.money(Number(item.raw)) }
				}
			},
			scales: {
				x: { reverse: look.rtl, ticks: { color: INK, autoSkip: true, maxRotation: 0 } },
				y: {
					position: look.rtl ? 'right' : 'left',
					beginAtZero: true,
					ticks: { color: INK, callback: (v) => look.money(Number(v)) }
				}
			}
		}
	};
}

/** New and returning customers per month, stacked. */
export function newReturningChart(
	labels: string[],
	newCustomers: number[],
	returning: number[],
	names: { new: string; returning: string },
	look: ChartLook
): ChartConfiguration<'bar'> {
	const b = base(look);
	return {
		type: 'bar',
		data: {
			labels,
			datasets: [
				{ label: names.new, data: newCustomers, backgroundColor: COLORS[2] },
				{ label: names.returning, data: returning, backgroundColor: COLORS[0] }
			]
		},
		options: {
			...b,
			scales: {
				x: { stacked: true, reverse: look.rtl, ticks: { color: INK, maxRotation: 0 } },
				y: {
					stacked: true,
					position: look.rtl ? 'right' : 'left',
					beginAtZero: true,
					ticks: { color: INK, precision: 0, callback: (v) => look.number(Number(v)) }
				}
			}
		}
	};
}
