// The README's React recipe with pm-pathways/react (install @lit/react beside it).
import { useState } from 'react';
import { PathwayCard, PathwayData, PathwayPicker } from 'pm-pathways/react';
import { validateDataset } from 'pm-pathways/validate.js';
import copied from '../custom.json';

// Copied JSON is typed by checking it, not by a cast.
const checked = validateDataset(copied);

export function Wrapped() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <PathwayCard className="demo-card" pathway="formal-education" headingLevel={2} />
      <PathwayPicker className="demo-picker" onPmPathwayChange={(e) => setChosen(e.detail.pathway)} />
      <p className="demo-chosen">{chosen}</p>
      {checked.ok && (
        <PathwayData data={checked.data}>
          <PathwayCard className="demo-custom" pathway="internal-transition" />
        </PathwayData>
      )}
    </>
  );
}
