/**
 * The reader's plan as plain text (it pastes well into notes and Markdown)
 * and as a document of its own for printing the plan alone.
 */
import { format } from '../data/labels.js';
import type { Dataset, Labels } from '../data/types.js';
import { loadProgress } from '../storage/progress-store.js';
import { bestFits, type RankedPathway } from './recommend.js';

/** What the plan says, in reading order: the best fits with reasons and steps, then the other routes. */
export interface Plan {
  title: string;
  sections: { heading: string; lines: string[] }[];
  credit: string;
}

export function buildPlan(data: Dataset, labels: Labels, ranking: RankedPathway[], credit: string): Plan {
  const pathway = (id: string) => data.pathways.find((p) => p.id === id)!;
  const best = bestFits(ranking);
  const others = ranking.filter((r) => !r.excluded.length && !best.includes(r));
  const excluded = ranking.filter((r) => r.excluded.length);
  const sections = best.map((r) => {
    const { title, steps } = pathway(r.pathway);
    const done = loadProgress(r.pathway, steps.length);
    return {
      heading: `${best.length > 1 ? labels.bestFitTied : labels.bestFit}: ${title}`,
      lines: [
        format(labels.whyFits, { title }),
        ...r.reasons.slice(0, 3).map((reason) => `- ${reason}`), // the strongest few, as on screen
        '',
        labels.stepsLabel,
        ...steps.map((step, i) => `- [${done[i] ? 'x' : ' '}] ${step.title}: ${step.body}`),
      ],
    };
  });
  if (others.length) {
    sections.push({ heading: labels.otherResults, lines: others.map((r) => `- ${pathway(r.pathway).title}`) });
  }
  if (excluded.length) {
    sections.push({
      heading: labels.excludedHeading,
      lines: excluded.map((r) => `- ${pathway(r.pathway).title}: ${r.excluded.join(' ')}`),
    });
  }
  return { title: labels.planTitle, sections, credit };
}

/** The plan as Markdown-flavoured plain text. */
export const planText = (plan: Plan): string =>
  [`# ${plan.title}`, ...plan.sections.flatMap((s) => ['', `## ${s.heading}`, ...s.lines]), '', plan.credit, ''].join(
    '\n',
  );

/** How a finished plan document is printed; a seam for tests, where no print dialog can open. */
export const planPrinter = { print: (win: Window) => win.print() };

/**
 * Prints the plan alone: a hidden frame holds it as text (never markup) and
 * prints itself, so the page around the widget stays off the paper.
 */
export function printPlan(plan: Plan, lang: string): void {
  for (const old of document.querySelectorAll('iframe[data-pm-print]')) old.remove(); // a frame no afterprint removed
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.dataset.pmPrint = '';
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;width:1px;height:1px;border:0';
  frame.addEventListener(
    'load',
    () => {
      const win = frame.contentWindow;
      const doc = frame.contentDocument;
      if (!win || !doc) return;
      doc.documentElement.lang = lang;
      doc.title = plan.title;
      const add = (parent: Element, tag: string, text: string) =>
        parent.appendChild(doc.createElement(tag)).append(text);
      doc.body.style.cssText = 'font: 12pt/1.5 system-ui, sans-serif; margin: 2cm; color: #000';
      add(doc.body, 'h1', plan.title);
      for (const section of plan.sections) {
        add(doc.body, 'h2', section.heading);
        for (const line of section.lines) if (line) add(doc.body, 'p', line);
      }
      add(doc.body, 'p', plan.credit);
      win.addEventListener('afterprint', () => frame.remove());
      planPrinter.print(win);
    },
    { once: true },
  );
  document.body.append(frame); // about:blank loads (asynchronously in every engine) once attached
}
