/** Keeps the manifest to the public API: no private state, no events the JSDoc does not name. */
const publicOnly = {
  name: 'pm-public-api-only',
  packageLinkPhase({ customElementsManifest }) {
    for (const mod of customElementsManifest.modules) {
      for (const decl of mod.declarations ?? []) {
        const isPublic = (item) => !item.name?.startsWith('_') && item.privacy !== 'private' && item.privacy !== 'protected';
        if (decl.attributes) decl.attributes = decl.attributes.filter(isPublic);
        if (decl.members) decl.members = decl.members.filter(isPublic);
        if (decl.events) decl.events = decl.events.filter((event) => event.name);
      }
    }
  },
};

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: 'dist',
  litelement: true,
  plugins: [publicOnly],
};
