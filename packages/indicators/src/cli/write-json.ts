/** `--out results.json`: the ScoreCards exactly as the engine produced them. */
import type { ScoreCard } from '../model';
import { writeFileAtomic } from './write-atomic';

export function writeResultsJson(path: string, cards: ScoreCard[]): void {
  writeFileAtomic(path, JSON.stringify(cards, null, 2) + '\n');
}
