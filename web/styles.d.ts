// esbuild turns `import './x.css'` into the bundle's CSS file; TypeScript only needs to know it is allowed.
declare module '*.css';
