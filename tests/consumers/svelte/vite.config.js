import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// Svelte needs no setup for custom elements.
export default defineConfig({ plugins: [svelte()] });
