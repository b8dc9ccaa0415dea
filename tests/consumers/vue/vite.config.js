import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The README's Vue recipe: tell the template compiler which tags are custom elements.
export default defineConfig({
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('pm-') } } })],
});
