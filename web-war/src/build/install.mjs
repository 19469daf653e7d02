// Installs the page's npm packages exactly as package-lock.json says (`npm ci`), unless node_modules already
// holds exactly them: npm's own record of what it installed (node_modules/.package-lock.json) lists the same
// packages as the lock file. So a build offline (`mvn -o`) works once node_modules is there, and a changed lock
// file is installed anew. npm prefers its cache (~/.npm), so a machine that installed them once needs no network.
import { readFileSync, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

function packages(file) {
    const listed = { ...JSON.parse(readFileSync(file, 'utf8')).packages };
    delete listed[''];
    return listed;
}

// Every installed package is the locked one, and every locked one is installed unless it is optional (the
// binaries of other platforms).
function upToDate() {
    if (!existsSync('node_modules/.package-lock.json')) {
        return false;
    }
    const installed = packages('node_modules/.package-lock.json');
    const locked = packages('package-lock.json');
    const same = (a, b) => a.version === b.version && a.integrity === b.integrity;
    return Object.entries(installed).every(([name, entry]) => locked[name] && same(entry, locked[name]))
        && Object.entries(locked).every(([name, entry]) => installed[name] || entry.optional);
}

if (upToDate()) {
    console.log('npm packages up to date with package-lock.json');
    process.exit(0);
}
const args = ['ci', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'];
console.log('npm ' + args.join(' '));
const run = spawnSync('npm', args, { stdio: 'inherit' });
if (run.error) {
    console.error('cannot run npm (Node.js and npm must be installed): ' + run.error.message);
    process.exit(1);
}
process.exit(run.status ?? 1);
