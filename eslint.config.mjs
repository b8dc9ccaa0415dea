// ESLint: the rules live in tools/lint/ (see its package.json for why).
export { default } from '@pm-pathways/lint';
