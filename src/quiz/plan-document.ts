/**
 * The reader's plan as a document: the blocks the results show, in the SPEC's
 * order, built once from `plan()` and read by the screen, the copied text and
 * the printout alike, so Copy and Print hold everything the screen shows.
 */
import { format } from '../data/labels.js';
import type { Labels, Pathway, Step } from '../data/types.js';
import { isRtl } from '../i18n/negotiate.js';
import type { Plan } from './plan.js';

export interface Reasons {
  pathway: string;
  title: string;
  reasons: string[];
}

/** One block of the plan. `heading` is absent for a note between blocks. */
export type PlanBlock =
  | ({ kind: 'best'; heading: string; why: string } & Reasons)
  | { kind: 'text'; id: 'week' | 'signal' | 'artefact'; heading: string; text: string }
  | { kind: 'steps'; heading: string; pathway: string; steps: Step[] }
  | { kind: 'list'; id: 'milestones' | 'roles'; heading: string; items: string[] }
  | { kind: 'resources'; heading: string; items: { text: string; cost: string; url?: string }[] }
  | { kind: 'note'; text: string }
  | ({ kind: 'planB'; heading: string; why: string; firstLabel: string; firstWeek?: string } & Reasons)
  | { kind: 'others'; heading: string; items: Reasons[] }
  | { kind: 'notNow'; heading: string; items: { pathway: string; title: string; why: string }[] };

export interface PlanDocument {
  title: string;
  lang: string;
  blocks: PlanBlock[];
  /** Which parts are the article's and which are the project's guidance. */
  credit: string;
  /** The closing words of the guide, when the dataset has them. */
  closing?: string;
}

/** A label and the language's own colon: French puts a narrow no-break space before it. */
export const withColon = (lang: string, label: string): string => `${label}${/^fr\b/i.test(lang) ? '\u202f:' : ':'}`;

/** "Label: text", with the language's own colon. */
export const joinLabel = (lang: string, label: string, text: string): string => `${withColon(lang, label)} ${text}`;

/** A step as one line: its title as a sentence of its own, then its body (a colon would meet the body's own colon). */
const titled = (title: string, body: string): string => `${title}${/[.!?…؟]$/.test(title) ? '' : '.'} ${body}`;

/** Builds the document; `titleOf` names a route, `networking` is the route the networking note is about. */
export function planDocument(
  plan: Plan,
  pathways: Pathway[],
  labels: Labels,
  lang: string,
  credit: string,
  closing?: string,
): PlanDocument {
  const titleOf = (id: string) => pathways.find((p) => p.id === id)?.title ?? id;
  /** A route the reader fits, under `heading`: its title and why. */
  const fit = (heading: string, { pathway, reasons }: { pathway: string; reasons: string[] }) => {
    const title = titleOf(pathway);
    return { heading, pathway, title, why: format(labels.whyFits, { title }), reasons };
  };
  const blocks: PlanBlock[] = [];
  const { best, planB } = plan;
  if (best) {
    blocks.push({ kind: 'best', ...fit(labels.bestFit, best) });
    if (best.firstWeek) blocks.push({ kind: 'text', id: 'week', heading: labels.thisWeek, text: best.firstWeek });
    blocks.push({ kind: 'steps', heading: labels.stepsLabel, pathway: best.pathway, steps: best.steps });
    if (best.milestones?.length)
      blocks.push({
        kind: 'list',
        id: 'milestones',
        heading: labels.next90,
        items: best.milestones.map((m) => joinLabel(lang, format(labels.byDay, { days: m.days }), m.text)),
      });
    if (best.signal) blocks.push({ kind: 'text', id: 'signal', heading: labels.signalHeading, text: best.signal });
    if (best.roles?.length) {
      blocks.push({ kind: 'list', id: 'roles', heading: labels.rolesHeading, items: best.roles });
      blocks.push({ kind: 'note', text: labels.interviewNote });
    }
    if (best.artefact)
      blocks.push({ kind: 'text', id: 'artefact', heading: labels.artefactHeading, text: best.artefact });
    if (best.resources?.length)
      blocks.push({
        kind: 'resources',
        heading: labels.resourcesHeading,
        items: best.resources.map((r) => ({
          text: r.text,
          cost: labels[r.cost] ?? r.cost,
          ...(r.url ? { url: r.url } : {}),
        })),
      });
    if (best.pathway !== 'networking-mentorship' && pathways.some((p) => p.id === 'networking-mentorship'))
      blocks.push({ kind: 'note', text: labels.networkingNote });
  }
  if (planB) {
    blocks.push({
      kind: 'planB',
      ...fit(labels.planB, planB),
      firstLabel: labels.planBFirst,
      ...(planB.firstWeek ? { firstWeek: planB.firstWeek } : {}),
    });
  }
  if (plan.others.length)
    blocks.push({
      kind: 'others',
      heading: labels.otherResults,
      items: plan.others.map((o) => ({ pathway: o.pathway, title: titleOf(o.pathway), reasons: o.reasons })),
    });
  if (plan.notNow.length)
    blocks.push({
      kind: 'notNow',
      heading: labels.excludedHeading,
      items: plan.notNow.map((n) => ({ pathway: n.pathway, title: titleOf(n.pathway), why: n.excluded.join(' ') })),
    });
  return { title: labels.planTitle, lang, blocks, credit, ...(closing ? { closing } : {}) };
}

/** One line of a section: a paragraph, or a list item (with its ticked state, for a step). */
interface Line {
  text: string;
  item?: boolean;
  tick?: boolean;
}

/** The plan as headed sections of lines: what the copied text and the printout both write out. */
function sections(doc: PlanDocument, done: (pathway: string) => boolean[]): { heading?: string; lines: Line[] }[] {
  const join = (label: string, text: string) => joinLabel(doc.lang, label, text);
  const items = (texts: string[]): Line[] => texts.map((text) => ({ text, item: true }));
  const why = (block: { why: string; reasons: string[] }): Line[] => [{ text: block.why }, ...items(block.reasons)];
  return doc.blocks.map((block) => {
    switch (block.kind) {
      case 'best':
        return { heading: join(block.heading, block.title), lines: why(block) };
      case 'planB':
        return {
          heading: join(block.heading, block.title),
          lines: [...why(block), ...(block.firstWeek ? [{ text: join(block.firstLabel, block.firstWeek) }] : [])],
        };
      case 'text':
        return { heading: block.heading, lines: [{ text: block.text }] };
      case 'note':
        return { lines: [{ text: block.text }] };
      case 'steps': {
        const ticks = done(block.pathway);
        return {
          heading: block.heading,
          lines: block.steps.map((s, i) => ({ text: titled(s.title, s.body), item: true, tick: !!ticks[i] })),
        };
      }
      case 'list':
        return { heading: block.heading, lines: items(block.items) };
      case 'resources':
        return {
          heading: block.heading,
          lines: items(block.items.map((r) => `${r.text} (${r.cost})${r.url ? ` ${r.url}` : ''}`)),
        };
      case 'others':
        return {
          heading: block.heading,
          lines: items(block.items.map((o) => (o.reasons.length ? join(o.title, o.reasons.join(' ')) : o.title))),
        };
      case 'notNow':
        return { heading: block.heading, lines: items(block.items.map((n) => join(n.title, n.why))) };
    }
  });
}

/**
 * The plan as Markdown-flavoured plain text, with each step's ticked state.
 * Right to left, every line starts with a right-to-left mark, so lines that
 * begin with a list marker or a Latin-script name still read right to left.
 */
export function planText(doc: PlanDocument, done: (pathway: string) => boolean[]): string {
  const lines = [`# ${doc.title}`];
  for (const section of sections(doc, done)) {
    lines.push('');
    if (section.heading) lines.push(`## ${section.heading}`);
    for (const { text, item, tick } of section.lines)
      lines.push(tick !== undefined ? `- [${tick ? 'x' : ' '}] ${text}` : item ? `- ${text}` : text);
  }
  if (doc.closing) lines.push('', doc.closing);
  lines.push('', doc.credit, '');
  return isRtl(doc.lang) ? lines.map((line) => (line ? `\u200f${line}` : line)).join('\n') : lines.join('\n');
}

/** How a finished plan document is printed; a seam for tests, where no print dialog can open. */
export const planPrinter = { print: (win: Window) => win.print() };

/**
 * Whether this page can open a print dialog. A frame sandboxed without
 * `allow-same-origin` has an opaque origin, and engines ignore `print()` there
 * (with or without `allow-modals`, as the print frame inherits the sandbox).
 */
export const canPrint = (): boolean => globalThis.origin !== 'null';

/**
 * Prints the plan alone: a hidden frame holds it as text (never markup), in
 * the plan's language and direction, and prints itself, so the page around
 * the widget stays off the paper.
 */
export function printPlan(doc: PlanDocument, done: (pathway: string) => boolean[]): void {
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
      const d = frame.contentDocument;
      if (!win || !d) return;
      d.documentElement.lang = doc.lang;
      d.documentElement.dir = isRtl(doc.lang) ? 'rtl' : 'ltr';
      d.title = doc.title;
      const add = (parent: Element, tag: string, text?: string) => {
        const el = parent.appendChild(d.createElement(tag));
        if (text !== undefined) el.append(text);
        return el;
      };
      d.body.style.cssText = 'font: 12pt/1.5 system-ui, sans-serif; margin: 2cm; color: #000';
      add(d.body, 'h1', doc.title);
      for (const section of sections(doc, done)) {
        if (section.heading) add(d.body, 'h2', section.heading);
        let list: Element | undefined;
        for (const { text, item, tick } of section.lines) {
          if (!item) list = undefined;
          else list ??= add(d.body, 'ul');
          add(list ?? d.body, item ? 'li' : 'p', tick === undefined ? text : `${tick ? '☑' : '☐'} ${text}`);
        }
      }
      if (doc.closing) add(d.body, 'p', doc.closing);
      add(d.body, 'p', doc.credit);
      win.addEventListener('afterprint', () => frame.remove());
      planPrinter.print(win);
    },
    { once: true },
  );
  document.body.append(frame); // about:blank loads (asynchronously in every engine) once attached
}
