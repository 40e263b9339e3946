import { describe, expect, it } from 'vitest';
import { buildProgram } from './main.ts';

describe('command line', () => {
  it('lists every command group in help when no command is named', async () => {
    const names = (await buildProgram(['node', 'docketwatch'])).commands.map((c) => c.name());
    for (const n of [
      'parse',
      'analyze',
      'ingest',
      'deadline',
      'sources',
      'serve',
      'subscribe',
      'run',
      'status',
      'demo',
    ]) {
      expect(names).toContain(n);
    }
  });

  it('loads only the group of the command being run', async () => {
    const names = (await buildProgram(['node', 'docketwatch', 'parse', 'x.html'])).commands.map((c) =>
      c.name(),
    );
    expect(names).toEqual(['parse']);
  });

  it('knows every top-level command it registers under the name it is listed by', async () => {
    const all = await buildProgram(['node', 'docketwatch']);
    for (const c of all.commands) {
      const only = await buildProgram(['node', 'docketwatch', c.name()]);
      expect(only.commands.map((x) => x.name())).toContain(c.name());
    }
  });
});
