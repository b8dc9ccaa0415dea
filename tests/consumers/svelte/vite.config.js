import { svelte, vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Svelte needs no setup for custom elements; vitePreprocess reads <script lang="ts">.
export default defineConfig({ plugins: [svelte({ preprocess: vitePreprocess() })] });
