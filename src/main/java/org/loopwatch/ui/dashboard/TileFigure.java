package org.loopwatch.ui.dashboard;

/**
 * One measure on a tile, as text: a heading, the positivity, its interval and the counts.
 *
 * @param heading    e.g. "30 Nov – 5 Dec 2026" or "Last 7 days · 16 – 22 Jan 2022"
 * @param positivity e.g. "2.8 %", "no tests", or for a tiny rate "0.00981 %" and on a second line
 *                   "(9.81 per 100,000 tests)"
 * @param interval   e.g. "95 % CI 2.2–3.5 %"; empty when there were no tests
 * @param counts     positives / tests, e.g. "72 / 2,586"
 */
record TileFigure(String heading, String positivity, String interval, String counts) {
}
