import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import type { Plugin } from 'vite';

/**
 * The shared modules build their zod schemas when loaded: `z.string().check(…)` calls a
 * method, which a bundler must keep unless it knows it is harmless. Each top-level schema
 * is pure, so we say so (an annotated arrow call around it): a schema the participant's
 * first screen never uses, and zod with it, then stays out of its load.
 */
function pureSchemas(): Plugin {
  type Node = { type: string; start: number; end: number; [key: string]: unknown };
  // The root of `z.a(…).b(…)…`: is it the zod namespace?
  const fromZod = (node: Node | undefined): boolean => {
    if (!node) return false;
    if (node.type === 'CallExpression') return fromZod(node.callee as Node);
    if (node.type === 'MemberExpression') return fromZod(node.object as Node);
    return node.type === 'Identifier' && node.name === 'z';
  };
  return {
    name: 'stegvis-pure-schemas',
    transform(code, id) {
      if (!/\/src\/(shared|domain)\/.*\.ts$/.test(id) || !code.includes('z.')) return null;
      const program = this.parse(code) as unknown as { body: Node[] };
      const inits: Node[] = [];
      for (const statement of program.body) {
        const declaration = (
          statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement
        ) as Node | null;
        if (declaration?.type !== 'VariableDeclaration') continue;
        for (const d of declaration.declarations as { init?: Node }[])
          if (d.init?.type === 'CallExpression' && fromZod(d.init)) inits.push(d.init);
      }
      let out = code;
      for (const init of inits.reverse())
        out = `${out.slice(0, init.start)}/* @__PURE__ */ (() => ${out.slice(init.start, init.end)})()${out.slice(init.end)}`;
      return { code: out, map: null };
    },
  };
}

export default defineConfig({
  plugins: [
    pureSchemas(),
    preact(),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // We register through workbox-window ourselves, to control when an update applies.
      injectRegister: false,
      registerType: 'prompt',
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest,woff2}'],
      },
      manifest: {
        name: 'Stegvis',
        short_name: 'Stegvis',
        description: 'Skatta hur du har det och hur samtalen passar dig, även utan nät.',
        lang: 'sv',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        background_color: '#fbfaf7',
        theme_color: '#0b5d57',
        icons: [
          { src: '/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          {
            src: '/icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
        ],
      },
    }),
  ],
  build: {
    target: 'es2020',
    sourcemap: false,
  },
});
