/**
 * A progress bar for long runs on a terminal: count, percentage, rate and time left, redrawn at most ten times
 * a second on one line. Off a terminal it draws nothing (the command prints a summary line instead).
 */

export interface ProgressOptions {
  label: string;
  /** Draw at all (a TTY). */
  enabled: boolean;
  width?: number;
}

/** m:ss or h:mm:ss. */
export function clock(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '--:--';
  const s = Math.round(seconds);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const rest = String(s % 60).padStart(2, '0');
  return h ? `${h}:${String(m).padStart(2, '0')}:${rest}` : `${m}:${rest}`;
}

/** The bar as text for `done` of `total` after `seconds`. */
export function renderBar(label: string, done: number, total: number, seconds: number, width = 24): string {
  const share = total > 0 ? Math.min(1, done / total) : 0;
  const filled = Math.round(share * width);
  const rate = seconds > 0 ? done / seconds : 0;
  const eta = rate > 0 ? (total - done) / rate : NaN;
  return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${Math.floor(share * 100)}%` +
    ` · ${rate.toFixed(1)}/s · ETA ${clock(eta)}`;
}

export class ProgressBar {
  private readonly started = performance.now();
  private last = 0;
  private drawn = false;

  constructor(private readonly stream: NodeJS.WritableStream, private readonly options: ProgressOptions) {}

  /** Updates the bar (throttled). */
  update(done: number, total: number): void {
    if (!this.options.enabled) return;
    const now = performance.now();
    if (now - this.last < 100 && done < total) return;
    this.last = now;
    this.draw(done, total);
  }

  private draw(done: number, total: number): void {
    const seconds = (performance.now() - this.started) / 1000;
    this.stream.write(`\r\x1b[2K${renderBar(this.options.label, done, total, seconds, this.options.width)}`);
    this.drawn = true;
  }

  /** Clears the bar's line so the summary can take it. */
  finish(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
