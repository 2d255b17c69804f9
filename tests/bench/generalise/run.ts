// Scores one tree's extractor (this checkout, or another commit in a temporary worktree) on held-out page folders.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadHoldout, type HoldoutPage } from './corpus';
import { bundleExtractor, scoreInChromium, type FrameMode } from './run-chromium';
import { totals, type PageScore, type Totals } from './score';

export const repo = path.resolve(import.meta.dirname, '../../..');

/** The tree whose extractor is scored: this checkout, or a detached worktree of `commit`. */
function checkout(commit: string | undefined): { root: string; sha: string; cleanup: () => void } {
  const git = (...a: string[]) => execFileSync('git', a, { cwd: repo, encoding: 'utf8' }).trim();
  if (!commit) {
    let sha = 'this working tree (not a git checkout)';
    try {
      sha = `${git('rev-parse', '--short', 'HEAD')}${git('status', '--porcelain', '--', 'utils') ? ' + uncommitted changes in utils/' : ''}`;
    } catch {
      // Scoring the files as they are needs no git; only --commit does.
    }
    return { root: repo, sha, cleanup: () => undefined };
  }
  const sha = git('rev-parse', '--verify', `${commit}^{commit}`);
  const dir = mkdtempSync(path.join(os.tmpdir(), 'hf-generalise-'));
  git('worktree', 'add', '--detach', '--force', dir, sha);
  return {
    root: dir,
    sha: sha.slice(0, 7),
    cleanup: () => {
      try {
        git('worktree', 'remove', '--force', dir);
      } catch {
        rmSync(dir, { recursive: true, force: true });
        git('worktree', 'prune');
      }
    },
  };
}

export interface ScoreOptions {
  dirs: string[];
  commit?: string;
  frames: FrameMode;
  stableOnly?: boolean;
  log: (m: string) => void;
}

export interface TreeScore {
  sha: string;
  pages: HoldoutPage[];
  rows: PageScore[];
  totals: Totals;
  /** Whether the scored commit has a frame choice (utils/extract/frame-choice.ts). */
  frameChoice: boolean;
}

export async function scoreTree(o: ScoreOptions): Promise<TreeScore> {
  const pages = loadHoldout(o.dirs).filter((p) => !(o.stableOnly && p.truth.volatile));
  if (!pages.length) throw new Error(`no NAME.html + NAME.json pages in ${o.dirs.join(', ')}`);
  const tree = checkout(o.commit);
  try {
    o.log(`bundling the extractor of ${tree.sha}…`);
    const bundle = await bundleExtractor(tree.root, repo);
    o.log(`scoring ${pages.length} pages in Chromium (frames: ${o.frames})…`);
    const rows = await scoreInChromium(pages, bundle, o.frames, o.log);
    return { sha: tree.sha, pages, rows, totals: totals(rows), frameChoice: bundle.choice };
  } finally {
    tree.cleanup();
  }
}

/** CRM products named by the pages (the part of `crm` before a bracket or dash). */
export function crmNames(pages: HoldoutPage[]): Set<string> {
  return new Set(pages.map((p) => p.truth.crm.split(/[(（—]/)[0]?.trim() ?? p.truth.crm));
}
