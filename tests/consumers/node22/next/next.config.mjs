// pm-pathways needs no configuration. The rest is about this test project: `turbopack.root`
// says where its node_modules (one folder up) and the shared custom.json (two up) are,
// beside the repository's other lockfiles, and `next dev` is told not to write AGENTS.md.
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  agentRules: false,
};
