import { describe, expect, test } from 'vitest';
import { CONSOLE_SHORTCUTS, consoleShortcut, isTyping, type ShortcutKey } from '../../src/core/site/console-shortcuts.ts';
import { CONSOLE_STRINGS } from '../../src/core/i18n/console-strings.ts';

const press = (key: string, target: ShortcutKey['target'] = { tagName: 'BODY' }, mods: Partial<ShortcutKey> = {}) =>
  consoleShortcut({ key, ctrlKey: false, metaKey: false, altKey: false, target, ...mods });

describe('console shortcuts', () => {
  test('number keys choose, Backspace goes back, / searches, letters copy, download, toggle wording and start a new call', () => {
    expect(press('1')).toEqual({ type: 'choose', number: 1 });
    expect(press('9')).toEqual({ type: 'choose', number: 9 });
    expect(press('Backspace')).toEqual({ type: 'back' });
    expect(press('/')).toEqual({ type: 'search' });
    expect(press('c')).toEqual({ type: 'copy' });
    expect(press('C')).toEqual({ type: 'copy' });
    expect(press('d')).toEqual({ type: 'download' });
    expect(press('w')).toEqual({ type: 'wording' });
    expect(press('n')).toEqual({ type: 'new-call' });
  });

  test('other keys, 0 and keys with Ctrl, Alt or Meta are left alone', () => {
    for (const key of ['0', 'x', 'Enter', ' ', 'Escape', 'ArrowDown']) expect(press(key), key).toBeUndefined();
    expect(press('c', { tagName: 'BODY' }, { ctrlKey: true })).toBeUndefined();
    expect(press('c', { tagName: 'BODY' }, { metaKey: true })).toBeUndefined();
    expect(press('1', { tagName: 'BODY' }, { altKey: true })).toBeUndefined();
  });

  test('no key is taken from someone typing in a field', () => {
    const fields = [
      { tagName: 'INPUT', type: 'text' },
      { tagName: 'INPUT', type: 'search' },
      { tagName: 'INPUT' },
      { tagName: 'TEXTAREA' },
      { tagName: 'SELECT' },
      { tagName: 'DIV', isContentEditable: true },
    ];
    for (const target of fields) {
      expect(isTyping(target)).toBe(true);
      for (const key of ['1', 'Backspace', '/', 'c', 'n']) expect(press(key, target), `${key} in ${JSON.stringify(target)}`).toBeUndefined();
    }
  });

  test('buttons and checkboxes take no typing, so shortcuts still work while they have focus', () => {
    expect(press('2', { tagName: 'BUTTON', type: 'button' })).toEqual({ type: 'choose', number: 2 });
    expect(press('Backspace', { tagName: 'INPUT', type: 'checkbox' })).toEqual({ type: 'back' });
    expect(press('c', null)).toEqual({ type: 'copy' });
  });

  test('the on-screen list describes every shortcut, in every locale', () => {
    expect(CONSOLE_SHORTCUTS.map((s) => s.keys)).toEqual(['1–9', 'Backspace', '/', 'C', 'D', 'W', 'N']);
    const labels = CONSOLE_SHORTCUTS.map((s) => s.label).sort();
    expect(labels).toEqual(Object.keys(CONSOLE_STRINGS.en.keys).sort());
  });
});
