/** Keys shorter than this show no characters at all: four of eleven would give too much away. */
const MIN_LENGTH_FOR_HINT = 12;

/** "…" plus the last four characters, so users can tell keys apart without seeing them. */
export function keyHint(key: string): string {
  return key.length >= MIN_LENGTH_FOR_HINT ? `…${key.slice(-4)}` : '…';
}
