// React 19's own custom-element support: the tags as written in HTML, typed by pm-pathways/jsx.js.
import type {} from 'pm-pathways/jsx.js';
import { useState } from 'react';
import { validateDataset } from 'pm-pathways/validate.js';
import copied from '../custom.json';

const checked = validateDataset(copied);

export function Raw() {
  const [chosen, setChosen] = useState<string | null>(null);
  return (
    <>
      <pm-pathway-card className="demo-card" pathway="formal-education" heading-level={2} />
      <pm-pathway-picker className="demo-picker" onpm-pathway-change={(e) => setChosen(e.detail.pathway)} />
      <p className="demo-chosen">{chosen}</p>
      {checked.ok && (
        <pm-pathway-data data={checked.data}>
          <pm-pathway-card className="demo-custom" pathway="internal-transition" />
        </pm-pathway-data>
      )}
    </>
  );
}

// What the types catch.
// @ts-expect-error not a variant
export const wrongVariant = <pm-pathway-card variant="huge" />;
// @ts-expect-error the event's detail has no such field
export const wrongDetail = <pm-pathway-picker onpm-pathway-change={(e) => e.detail.nope} />;
