// Builds JsSIP's browser file from the installed npm package, as JsSIP's own release build makes its
// dist/jssip.min.js (its npm package ships only the CommonJS sources since 3.13): one minified IIFE that
// defines the global JsSIP. Argument: the output file (in target/, packed into the WAR; never committed).
import { copyFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import esbuild from 'esbuild';

const outfile = process.argv[2];
if (!outfile) {
    console.error('usage: node vendor-jssip.mjs <output file>');
    process.exit(2);
}
const require = createRequire(import.meta.url);
const entry = require.resolve('jssip/lib/JsSIP.js', { paths: [process.cwd()] });
const pkg = JSON.parse(readFileSync(new URL('../package.json', 'file://' + entry), 'utf8'));
await esbuild.build({
    entryPoints: [entry],
    outfile,
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'iife',
    globalName: 'JsSIP',
    platform: 'browser',
    target: ['es2015'],
    supported: { 'template-literal': false },
    banner: { js: `/* JsSIP ${pkg.version}, ${pkg.homepage}, license ${pkg.license} (see jssip.LICENSE.md) */` },
    logLevel: 'warning',
});
copyFileSync(join(dirname(entry), '..', 'LICENSE.md'), join(dirname(outfile), 'jssip.LICENSE.md'));
console.log(`JsSIP ${pkg.version} -> ${outfile}`);
