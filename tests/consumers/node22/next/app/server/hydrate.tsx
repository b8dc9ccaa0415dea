'use client';
// Loads the elements with Lit's hydration support first: they adopt the server's shadow roots.
import 'pm-pathways/hydrate.js';
import { useEffect, useState } from 'react';

/** Shows the reader's choice, from the server-rendered picker's event. */
export function Chosen() {
  const [chosen, setChosen] = useState<string | null>(null);
  useEffect(() => {
    const take = (e: CustomEvent<{ pathway: string | null }>) => setChosen(e.detail.pathway);
    document.addEventListener('pm-pathway-change', take);
    return () => document.removeEventListener('pm-pathway-change', take);
  }, []);
  return <p className="demo-chosen">{chosen}</p>;
}
