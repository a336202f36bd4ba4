/**
 * Target dates: a time followed by を目処に / までに / を期限に names a deadline or a goal, not a point the story
 * has reached. 同日 after it still means the day named before it, and it dates only the verb it is the goal of.
 */
const TARGET = /^(?:を(?:目処|目途|めど|メド|目標|期限)(?:に|と)|までに)/;

/** Whether the time phrase ending at `end` is a deadline or a goal. */
export function isTargetTime(text: string, end: number): boolean {
  return TARGET.test(text.slice(end, end + 6));
}
