import type { CampaignProgress } from "@linkcard/campaign";
import cliProgress from "cli-progress";
import { duration } from "./duration.js";

/** Shows a campaign's progress: a bar (cli-progress) on a terminal, else a plain line per answer. */
export interface ProgressView {
  update(progress: CampaignProgress): void;
  /** Ends the bar (or the lines), so what follows starts on its own line. */
  stop(): void;
}

const rate = (p: CampaignProgress) => (p.perMinute === undefined ? "–" : p.perMinute.toFixed(1));
const eta = (p: CampaignProgress) => (p.pausedUntil !== undefined ? `paused until ${new Date(p.pausedUntil).toLocaleTimeString("en-GB")}` : p.etaMs === undefined ? "ETA –" : `ETA ${duration(p.etaMs)}`);
const settled = (p: CampaignProgress) => p.total - p.pending;

/** A bar when `stream` is a terminal, else lines on it. */
export function progressView(stream: NodeJS.WriteStream): ProgressView {
  return stream.isTTY ? barView(stream) : lineView(stream);
}

function barView(stream: NodeJS.WriteStream): ProgressView {
  const bar = new cliProgress.SingleBar(
    {
      stream,
      format: "{bar} {value}/{total} | {sent} sent, {inDoubt} in doubt, {notSent} not sent | {rate}/min | {when}",
      barsize: 24,
      hideCursor: true,
      clearOnComplete: false,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(p) {
      const payload = { sent: p.sent, inDoubt: p.inDoubt, notSent: p.notSent, rate: rate(p), when: eta(p) };
      if (!started) bar.start(p.total, settled(p), payload), (started = true);
      else bar.update(settled(p), payload);
    },
    stop: () => started && bar.stop(),
  };
}

function lineView(stream: NodeJS.WriteStream): ProgressView {
  let last = "";
  return {
    update(p) {
      const line = `[${settled(p)}/${p.total}] ${p.sent} sent, ${p.inDoubt} in doubt, ${p.notSent} not sent | ${rate(p)}/min | ${eta(p)}`;
      // a line per answer or pause, not per send started
      const key = `${settled(p)} ${p.pausedUntil}`;
      if (key !== last) stream.write(`${line}\n`), (last = key);
    },
    stop() {},
  };
}
