require('reflect-metadata');
const { withExecutor } = require(process.argv[2] + '/src/graph/connect');
const { loadSeed } = require(process.argv[2] + '/src/seed/load');
const { readSeed } = require(process.argv[2] + '/src/seed/read');
const files = readSeed('seed');
withExecutor(async (ex) => { const r=[]; for (let i=0;i<5;i++){ const t=Date.now(); await loadSeed(ex, files, {reset:true}); r.push(Date.now()-t);} console.log(process.argv[2], r.join(' ')); return 0; }).then(()=>process.exit(0));
