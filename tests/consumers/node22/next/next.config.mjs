// pm-pathways needs no configuration. The rest is about this test project: `turbopack.root`
// says where its node_modules (one folder up) and the shared custom.json (two up) are,
// beside the repository's other lockfiles. (`next dev` still writes an AGENTS.md of upgrade
// notes here, which .gitignore leaves out.)
import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
export default {
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  agentRules: false,
};
