import cliProgress from 'cli-progress';
import type { ProgressDisplay } from './display.js';
import { formatDuration, progressSnapshot, timeLeftText, type ProgressState } from './estimate.js';

/** The bar's resolution: the share of the expected work in thousandths. */
const STEPS = 1000;
/** Running units named on the bar's line, past which it says "+ k more". */
const NAMED = 2;

/**
 * Progress on a terminal: one live bar on stderr — the share of the expected work, units done,
 * elapsed time, the estimate, the units under way — redrawn each second; findings are printed above
 * it and stay. Unit starts are on the bar, not in lines.
 */
export function liveBar(stream: NodeJS.WriteStream): ProgressDisplay {
  const bars = new cliProgress.MultiBar(
    {
      stream,
      format: '{bar} {percent}% of the expected work | {units} | {elapsed} elapsed | {left} | {running}',
      hideCursor: true,
      gracefulExit: false,
      autopadding: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let bar: cliProgress.SingleBar | undefined;
  const show = (state: ProgressState, running: readonly string[], now: number) => {
    const snapshot = progressSnapshot(state, now);
    const payload = {
      percent: Math.floor(100 * snapshot.share),
      units: `${state.unitsDone}/${state.units} units`,
      elapsed: formatDuration(snapshot.elapsedMs),
      left: timeLeftText(snapshot),
      running:
        running.length > NAMED ? `${running.slice(0, NAMED).join(', ')} + ${running.length - NAMED} more` : running.join(', '),
    };
    const value = Math.round(STEPS * snapshot.share);
    if (bar) bar.update(value, payload);
    else bar = bars.create(STEPS, value, payload);
  };
  return {
    tickMs: 1000,
    started() {},
    line: (text) => bars.log(`${text}\n`),
    update: show,
    stop() {
      // stop() draws the bar once more but not the findings logged since the last redraw: flush them first
      if (bar) bars.update();
      bars.stop();
    },
  };
}
