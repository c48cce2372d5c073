#!/usr/bin/env node
// The `kb` command. Source is TypeScript run by Node's own type stripping, so
// it needs the Node the project pins (node_modules/.bin/node): `npx kb` uses it.
const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) {
  process.stderr.write(
    `kb needs Node 22.18 or newer; this is Node ${process.versions.node}.\n` +
      'hint: run it as `npx kb ...` (or through an npm script) so the Node pinned in package.json is used.\n',
  );
  process.exit(2);
}
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
