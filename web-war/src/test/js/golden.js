// The protocol's golden bodies, from the protocol module's tests as Maven resolved them (the build passes the
// path): its target/test-classes in a reactor build before packaging, or its tests jar, unpacked into target
// with the JDK's jar tool. Never a copy in web-war.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const GOLDEN = 'org/switchboard/protocol/golden';

function root() {
    const tests = process.env.SWB_PROTOCOL_TESTS;
    if (!tests || !existsSync(tests)) {
        throw new Error('SWB_PROTOCOL_TESTS must name the protocol module\u2019s tests (run the tests through Maven)');
    }
    if (statSync(tests).isDirectory()) return join(tests, GOLDEN);
    const into = process.env.SWB_PROTOCOL_TESTS_UNPACKED;
    mkdirSync(into, { recursive: true });
    execFileSync(process.env.SWB_JAR_TOOL || 'jar', ['xf', tests, GOLDEN], { cwd: into });
    return join(into, GOLDEN);
}

const DIR = root();

/** The text of a golden file, by its path under golden/ ("updates/phones-full.json"). */
export function golden(path) {
    return readFileSync(join(DIR, path), 'utf8');
}

/** The bytes of a golden file. */
export function goldenBytes(path) {
    return readFileSync(join(DIR, path));
}

/** The file names in a golden folder ("commands"). */
export function goldenFiles(folder) {
    return readdirSync(join(DIR, folder)).filter(name => name.endsWith('.json')).sort();
}
