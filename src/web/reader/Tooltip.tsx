/** The hover card: every mark under the pointer, with its details, kept inside the window. */
import type { Hover } from './ArticleText';
import type { ReaderData } from './context';
import { MarkDetails } from './MarkDetails';

export function Tooltip({ hover, data }: { hover: Hover; data: ReaderData }) {
  // Preact 11 sets numbers as given (no implied px), so positions are strings.
  const left = `${Math.max(8, Math.min(hover.x + 14, window.innerWidth - 380))}px`;
  const below = hover.y + 18;
  const style = below > window.innerHeight * 0.6 ? { left, bottom: `${window.innerHeight - hover.y + 14}px` } : { left, top: `${below}px` };
  return (
    <div class="tooltip" role="tooltip" style={style}>
      {hover.marks.map((m, i) => <MarkDetails key={i} mark={m} data={data} />)}
    </div>
  );
}
