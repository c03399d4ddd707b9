import type { CSSProperties } from 'react';
import { highlight } from './highlight';

const MARK: CSSProperties = { background: '#ffe58f', color: 'inherit', padding: '0 1px', borderRadius: 2 };

/** A text with the given words marked; `variants` come from `termVariants`, longest first. */
export const HighlightedText = ({ text, variants }: { text: string; variants: readonly string[] }) => (
  <>
    {highlight(text, variants).map((s, i) =>
      s.hit ? (
        <mark key={i} style={MARK} data-testid="shared-term">
          {s.text}
        </mark>
      ) : (
        <span key={i}>{s.text}</span>
      ),
    )}
  </>
);
