'use client';
// pm-pathways/react: @lit/react wrappers, which set every prop as a property, after hydration too.
import type { Dataset } from 'pm-pathways';
import { PathwayCard, PathwayData, PathwayPicker } from 'pm-pathways/react';
import { useState } from 'react';

export function Wrappers({ data }: { data: Dataset }) {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <section id="wrapped">
      <PathwayCard className="demo-card" pathway="formal-education" headingLevel={2} />
      <PathwayPicker className="demo-picker" onPmPathwayChange={(e) => setChosen(e.detail.pathway)} />
      <p className="demo-chosen">{chosen}</p>
      <PathwayData data={data}>
        <PathwayCard className="demo-custom" pathway="internal-transition" />
      </PathwayData>
    </section>
  );
}
