/** @jest-environment node */
import { mantineStylesCheck, unstyledMantineClasses } from './mantine-styles-check.mjs';
import { fakeBundle, runWriteBundle } from './test-bundle.mjs';

const styled = fakeBundle(
  {
    'assets/index.js': { code: 'const c={"root":"m_0000000a"};', isEntry: true, css: ['assets/index.css'] },
    'assets/team-page.js': { code: 'const c={"root":"m_0000000b","label":"m_0000000a"};' },
  },
  { 'assets/index.css': '.m_0000000a{color:red}', 'assets/app-styles.css': '@layer mantine{.m_0000000b{display:flex}}' },
);

describe('Mantine styles check', () => {
  it('passes when every class is styled where it is rendered', () => {
    expect(unstyledMantineClasses(styled)).toEqual({ publicPages: [], anywhere: [] });
    expect(() => runWriteBundle(mantineStylesCheck().writeBundle, styled)).not.toThrow();
  });

  it('fails when the public pages render a class whose stylesheet only lazy code loads', () => {
    const bundle = fakeBundle(
      { 'assets/index.js': { code: '"m_0000000a" "m_0000000c"', isEntry: true, css: ['assets/index.css'] } },
      { 'assets/index.css': '.m_0000000a{}', 'assets/app-styles.css': '.m_0000000c{}' },
    );

    expect(unstyledMantineClasses(bundle)).toEqual({ publicPages: ['m_0000000c'], anywhere: [] });
    expect(() => runWriteBundle(mantineStylesCheck().writeBundle, bundle)).toThrow(/public-styles\.ts\): m_0000000c/);
  });

  it('fails when a lazy page renders a class no stylesheet defines', () => {
    const bundle = fakeBundle(
      { 'assets/index.js': { code: '"m_0000000a"', isEntry: true, css: ['assets/index.css'] }, 'assets/audit.js': { code: '"m_0000000d"' } },
      { 'assets/index.css': '.m_0000000a{}' },
    );

    expect(() => runWriteBundle(mantineStylesCheck().writeBundle, bundle)).toThrow(/app-styles\.ts\): m_0000000d/);
  });
});
