'use client';
// React 19's own custom-element support, typed by pm-pathways/jsx.js. React does not
// set properties or attach `on…` listeners on custom elements it hydrates from server
// HTML (react#35446): data goes in as an inline JSON child, events through a ref.
import 'pm-pathways';
import type {} from 'pm-pathways/jsx.js';
import type { Dataset, PathwayPicker } from 'pm-pathways';
import { useCallback, useState } from 'react';

export function RawTags({ data }: { data: Dataset }) {
  const [chosen, setChosen] = useState<string | null>(null);
  const picker = useCallback((element: PathwayPicker | null) => {
    const take = (e: CustomEvent<{ pathway: string | null }>) => setChosen(e.detail.pathway);
    element?.addEventListener('pm-pathway-change', take);
    return () => element?.removeEventListener('pm-pathway-change', take);
  }, []);
  return (
    <section id="raw">
      <pm-pathway-card class="demo-card" pathway="formal-education" heading-level={2} />
      <pm-pathway-picker class="demo-picker" ref={picker} />
      <p className="demo-chosen">{chosen}</p>
      <pm-pathway-data>
        <script
          type="application/json"
          dangerouslySetInnerHTML={{ __html: JSON.stringify(data).replace(/</g, '\\u003c') }}
        />
        <pm-pathway-card class="demo-custom" pathway="internal-transition" />
      </pm-pathway-data>
    </section>
  );
}
