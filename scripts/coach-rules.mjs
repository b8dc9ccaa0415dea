// The careers coach's rules (SPEC: "A careers coach signs the advice"), checked
// over every combination of answers to the bundled quiz. The build runs them on
// the English content and fails on a breach, naming the answers and the rule.
// Translations mirror the English structure, so they follow the same routes.
//   import { checkAdvice } from './coach-rules.mjs';
//   checkAdvice(dataset, { recommend, plan }) → { breaches: string[], stats }

const EMPLOYED = ['product-team', 'no-product-team', 'small-company'];
/** Readers who do different things this week: an employee, a student, someone between jobs, the self-employed. */
const group = (situation) => (EMPLOYED.includes(situation) ? 'an employee' : situation);
const NO_EMPLOYER = ['student', 'between-jobs', 'self-employed'];

/**
 * What a sentence takes for granted, and when that holds. A sentence that
 * matches a pattern is shown only to readers for whom the assumption holds
 * (rule 4: no text assumes a job, a team or money the reader said they lack).
 */
export const ASSUMPTIONS = [
  {
    name: 'a current employer',
    pattern:
      /\b(your (company|employer|manager|colleagues|current (role|job)|workplace|team lead|boss|one-to-one)|where you (already )?work|at work|your (own )?company's|inside your company|at your company|in your job)\b/i,
    holds: (a) => EMPLOYED.includes(a.situation),
  },
  {
    name: 'product managers at the reader’s workplace',
    pattern:
      /\b(product (managers|team|people) (at your company|where you work|you (already )?work with|in your company|around you)|your company's product (team|managers)|your product team|the product managers (there|you already))\b/i,
    holds: (a) => a.situation === 'product-team',
  },
  {
    name: 'a technical job',
    pattern:
      /\b(your technical (job|role|team|work)|your engineering (job|role|team|work)|your code ?base|your (development|dev|data) team)\b/i,
    holds: (a) => a.background === 'engineering' && EMPLOYED.includes(a.situation),
  },
  {
    name: 'a technical background',
    pattern:
      /\b(your technical (studies|degree|background|skills|training)|opens again if your next job is a technical)\b/i,
    holds: (a) => a.background === 'engineering',
  },
  {
    name: 'working for oneself',
    pattern:
      /\b(working for yourself|your (clients|client (work|contacts|list|projects))|your business|self-employed)\b/i,
    holds: (a) => a.situation === 'self-employed',
  },
  {
    name: 'a startup with no product manager',
    pattern: /\b(your (startup|founders?|ceo)|at your small company)\b/i,
    holds: (a) => a.situation === 'small-company',
  },
  {
    name: 'studying now',
    pattern: /\b(your (studies|degree|university|college|classmates|professors|lecturers|careers (office|service)))\b/i,
    holds: (a) => a.situation === 'student',
  },
  {
    name: 'money to spend',
    pattern: /\b(your budget|tuition|course fee|paid (course|programme|bootcamp))\b/i,
    holds: (a) => a.budget !== 'none',
  },
];

/** Words a coach would not sign: overstatement, and reasons that restate the route rather than the reader. */
export const OVERSTATEMENT =
  /\b(quickest|fastest|exactly|guarantee[sd]?|the heart of|from the start|always works|surely|certainly|instantly|the very|easiest|perfect)\b/i;
const ABOUT_THE_ROUTE = /\b(this route|the article|the guide)\b/i;

/** Every full set of answers to `questions`. */
export function everyAnswerSet(questions) {
  return questions.reduce((sets, q) => sets.flatMap((a) => q.options.map((o) => ({ ...a, [q.id]: o.id }))), [{}]);
}

const describe = (answers) =>
  Object.entries(answers)
    .map(([q, o]) => `${q}=${o}`)
    .join(', ');

/**
 * Checks rules 1–5 of the SPEC and the plan's completeness over every
 * combination. Returns the breaches (at most `limit`, each naming the answers
 * and the rule) and the distribution, for the build's report.
 */
export function checkAdvice(dataset, { recommend, plan }, limit = 40) {
  const breaches = [];
  const seen = new Map();
  const breach = (rule, answers, detail) => {
    // One line per rule and detail: the first combination that shows it, and how many more do.
    const key = `${rule}\u0000${detail}`;
    const found = seen.get(key);
    if (found) return found.count++;
    const entry = { rule, detail, answers: describe(answers), count: 1 };
    seen.set(key, entry);
    breaches.push(entry);
  };
  const { questions } = dataset.quiz;
  const ids = dataset.pathways.map((p) => p.id);
  const title = (id) => dataset.pathways.find((p) => p.id === id)?.title ?? id;

  // Rule 1, as written in the content: budget and time never add to a route.
  for (const q of questions.filter((q) => q.id === 'budget' || q.id === 'time'))
    for (const o of q.options)
      for (const [id, w] of Object.entries(o.weights ?? {}))
        if (w > 0) breach('1: money and time are limits, not attractions', { [q.id]: o.id }, `adds ${w} to ${id}`);

  const combos = everyAnswerSet(questions);
  const best = Object.fromEntries(ids.map((id) => [id, 0]));
  let ties = 0;
  /** pathway → group → the first actions that group is given on that route. */
  const firstWeeks = new Map();
  const noteFirstWeek = (pathway, answers, text) => {
    if (!firstWeeks.has(pathway)) firstWeeks.set(pathway, new Map());
    const byGroup = firstWeeks.get(pathway);
    const key = group(answers.situation);
    if (!byGroup.has(key)) byGroup.set(key, { text, answers });
  };
  const checkText = (rule, answers, where, text) => {
    if (typeof text !== 'string') return;
    for (const a of ASSUMPTIONS)
      if (a.pattern.test(text) && !a.holds(answers)) breach(rule, answers, `${where} assumes ${a.name}: “${text}”`);
  };
  for (const answers of combos) {
    const ranking = recommend(dataset, answers);
    const fitting = ranking.filter((r) => !r.excluded.length);
    const top = fitting[0];
    if (!top) {
      breach('every reader gets a best fit', answers, 'every route is excluded');
      continue;
    }
    best[top.pathway]++;
    if (fitting[1] && fitting[1].score === top.score) ties++;
    const { situation, background, budget, time, independence } = answers;

    // Rule 1.
    if (
      (budget === 'none' || time === 'little') &&
      !ranking.find((r) => r.pathway === 'formal-education')?.excluded.length
    )
      breach('1: no money or no time excludes formal education', answers, 'formal-education is not excluded');
    if (time === 'months' && top.pathway === 'formal-education')
      breach('1: formal education is never the best fit with months', answers, 'formal-education is the best fit');
    // Rule 2.
    if (NO_EMPLOYER.includes(situation) && !ranking.find((r) => r.pathway === 'internal-transition')?.excluded.length)
      breach('2: no employer excludes internal transition', answers, 'internal-transition is not excluded');
    if (situation === 'product-team' && !['internal-transition', 'technical-background'].includes(top.pathway))
      breach('2: a product team at work means an internal move first', answers, `best fit is ${top.pathway}`);
    // Rule 3.
    if (
      top.pathway === 'freelance-consulting' &&
      situation !== 'self-employed' &&
      !(['design', 'engineering'].includes(background) && independence === 'self')
    )
      breach(
        '3: freelance only for the self-employed, or designers and engineers who want their own clients',
        answers,
        'best fit is freelance-consulting',
      );

    // The plan: complete, with a plan B worth having, and no text that contradicts an answer.
    const p = plan(dataset, answers);
    const { best: b, planB } = p;
    if (!b || b.pathway !== top.pathway) breach('the plan follows the ranking', answers, `best is ${b?.pathway}`);
    if (b) {
      for (const field of ['firstWeek', 'signal', 'artefact'])
        if (typeof b[field] !== 'string' || !b[field])
          breach('the plan has all its parts', answers, `${b.pathway}: no ${field}`);
      if (b.milestones?.map((m) => m.days).join() !== '30,60,90')
        breach('the plan has all its parts', answers, `${b.pathway}: milestones are not 30, 60 and 90 days`);
      if (!b.roles?.length) breach('the plan has all its parts', answers, `${b.pathway}: no roles`);
      if (!b.resources?.some((r) => r.cost === 'free'))
        breach('the plan has all its parts', answers, `${b.pathway}: no free resource`);
      if (budget === 'none' && b.resources?.some((r) => r.cost === 'paid'))
        breach('4: nothing paid for a reader with no money', answers, `${b.pathway}: a paid resource`);
      if (!b.reasons.length) breach('every best fit has a reason', answers, b.pathway);
      const texts = [
        ...b.reasons.map((t) => ['a reason', t]),
        ...b.steps.flatMap((s) => [
          ['a step', s.title],
          ['a step', s.body],
        ]),
        ['firstWeek', b.firstWeek],
        ['signal', b.signal],
        ['artefact', b.artefact],
        ...(b.milestones ?? []).map((m) => [`the ${m.days}-day milestone`, m.text]),
        ...(b.roles ?? []).map((r) => ['a role', r]),
        ...(b.resources ?? []).map((r) => ['a resource', r.text]),
      ];
      for (const [where, text] of texts)
        checkText('4: no text assumes what the reader lacks', answers, `${b.pathway} ${where}`, text);
      noteFirstWeek(b.pathway, answers, b.firstWeek);
    }
    if (!planB) breach('every reader gets a plan B', answers, 'no plan B');
    else {
      if (planB.score <= 0) breach('plan B is worth having', answers, `${planB.pathway} scores ${planB.score}`);
      if (!planB.reasons.length) breach('plan B is worth having', answers, `${planB.pathway} has no reason`);
      if (!planB.firstWeek) breach('the plan has all its parts', answers, `plan B ${planB.pathway}: no firstWeek`);
      for (const t of planB.reasons)
        checkText('4: no text assumes what the reader lacks', answers, `plan B ${planB.pathway} a reason`, t);
      checkText(
        '4: no text assumes what the reader lacks',
        answers,
        `plan B ${planB.pathway} firstWeek`,
        planB.firstWeek,
      );
      noteFirstWeek(planB.pathway, answers, planB.firstWeek);
    }
    for (const o of p.others) {
      for (const t of o.reasons)
        checkText('4: no text assumes what the reader lacks', answers, `${o.pathway} a reason`, t);
      if (o.score <= 0) breach('other routes score above 0', answers, o.pathway);
    }
    for (const n of p.notNow)
      for (const t of n.excluded)
        checkText('4: no text assumes what the reader lacks', answers, `${n.pathway} not right now`, t);
  }
  // An employee, a student, someone between jobs and the self-employed do different things this week.
  for (const [pathway, byGroup] of firstWeeks) {
    const groups = [...byGroup];
    for (let i = 0; i < groups.length; i++)
      for (let j = i + 1; j < groups.length; j++)
        if (groups[i][1].text === groups[j][1].text)
          breach(
            'the first action is worded for the reader’s situation',
            groups[j][1].answers,
            `${pathway} gives ${groups[i][0]} and ${groups[j][0]} the same first action`,
          );
  }
  // Reasons: never overstated, always about the reader.
  for (const q of questions)
    for (const o of q.options)
      for (const [id, text] of Object.entries(o.reasons ?? {})) {
        if (OVERSTATEMENT.test(text)) breach('4: a reason never overstates', { [q.id]: o.id }, `${id}: “${text}”`);
        if (ABOUT_THE_ROUTE.test(text))
          breach('a reason is about the reader, not the route or the article', { [q.id]: o.id }, `${id}: “${text}”`);
      }
  for (const p of dataset.pathways) {
    const plans = p.plan ? [p.plan, ...Object.values(p.plan.situations ?? {})] : [];
    for (const fields of plans)
      for (const text of [
        fields.firstWeek,
        fields.signal,
        fields.artefact,
        ...(fields.milestones ?? []).map((m) => m.text),
      ])
        if (typeof text === 'string' && (OVERSTATEMENT.test(text) || /\b(the article|the guide)\b/i.test(text)))
          breach('4: the plan never overstates or cites the article for its own advice', {}, `${p.id}: “${text}”`);
  }
  // Rule 5 and ties.
  for (const id of ids) {
    if (!best[id]) breach('5: every route is the best fit for some answers', {}, `${id} never is`);
    if (best[id] > combos.length / 3)
      breach('5: no route is the best fit for more than a third', {}, `${id}: ${best[id]} of ${combos.length}`);
  }
  if (ties / combos.length >= 0.05)
    breach(
      'ties for first stay under 5 %',
      {},
      `${ties} of ${combos.length} (${((100 * ties) / combos.length).toFixed(1)} %)`,
    );

  return {
    breaches: breaches
      .slice(0, limit)
      .map(
        (b) =>
          `rule ${b.rule}: ${b.detail} — for ${b.answers || 'the content'}${b.count > 1 ? ` (and ${b.count - 1} more combinations)` : ''}`,
      ),
    total: breaches.length,
    stats: { combos: combos.length, ties, best: Object.fromEntries(ids.map((id) => [title(id), best[id]])) },
  };
}
