// The benchmark's comparison: the same cards and picker written with React 19, no Lit.
// What an embedder would otherwise pick. Built by bench/pages.mjs with esbuild.
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import data from '../dist/pathways.json';

function Card({ pathway }) {
  return (
    <article className="card">
      <h3>{pathway.title}</h3>
      <p className="summary">{pathway.summary}</p>
      <ol className="steps">
        {pathway.steps.map((step) => (
          <li key={step.title} className="step">
            <span className="step-title">{step.title}</span>
            <p className="step-body">{step.body}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}

function Picker() {
  const [value, setValue] = useState(null);
  const chosen = data.pathways.find((p) => p.id === value);
  useEffect(() => {
    if (value) window.pmChanged?.();
  }, [value]);
  return (
    <div className="picker">
      <ul className="list" role="listbox" aria-label="Pathways">
        {data.pathways.map((p) => (
          <li
            key={p.id}
            role="option"
            aria-selected={p.id === value}
            tabIndex={0}
            className="option"
            onClick={() => setValue(p.id)}
          >
            {p.title}
          </li>
        ))}
      </ul>
      {chosen ? <Card pathway={chosen} /> : <p>Choose a path.</p>}
    </div>
  );
}

function App({ count, picker, onReady }) {
  useEffect(onReady, []);
  if (picker) return <Picker />;
  return Array.from({ length: count }, (_, i) => <Card key={i} pathway={data.pathways[i % data.pathways.length]} />);
}

const mount = document.getElementById('widgets');
window.pmReady = new Promise((resolve) => {
  createRoot(mount).render(
    <App
      count={Number(mount.dataset.count)}
      picker={mount.dataset.picker === 'true'}
      onReady={() => requestAnimationFrame(() => resolve(performance.now()))}
    />,
  );
});
