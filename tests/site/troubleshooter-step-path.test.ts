import { describe, expect, test } from 'vitest';
import {
  flowDataUrl,
  formatAnswerQuery,
  parseAnswerQuery,
  parseStepPath,
  stepPathOf,
  stepUrl,
  varSegments,
} from '../../src/core/site/step-path.ts';

const initial = { state: 'customer-type', vars: {} };

describe('step URLs', () => {
  test('the first step is the troubleshooter\'s own URL', () => {
    expect(stepUrl('en', 'internet-down', initial, initial)).toBe('/en/troubleshoot/internet-down/');
  });

  test('a step with variables names them after the state, sorted by name', () => {
    const key = { state: 'restart-router', vars: { 'line-type': 'fibre', customer: 'private' } };
    expect(stepUrl('da', 'internet-down', key, initial)).toBe(
      '/da/troubleshoot/internet-down/restart-router/customer=private/line-type=fibre/',
    );
  });

  test('sub-flow states become nested segments and their variables are written with a dot', () => {
    const key = { state: 'sign-in/reset-password', vars: { 'sign-in/method': 'password' } };
    expect(stepPathOf(key)).toBe('sign-in/reset-password/sign-in.method=password');
    expect(parseStepPath(stepPathOf(key).split('/'))).toEqual(key);
  });

  test('values that are not URL-safe are percent-encoded and read back', () => {
    const key = { state: 'q', vars: { city: 'Århus/Aarhus & co' } };
    expect(varSegments(key.vars)).toEqual(['city=%C3%85rhus%2FAarhus%20%26%20co']);
    expect(parseStepPath(stepPathOf(key).split('/'))).toEqual(key);
  });

  test('a path without a state, a variable before the state ends or a broken escape is not a step', () => {
    expect(parseStepPath([])).toBeUndefined();
    expect(parseStepPath(['customer=private'])).toBeUndefined();
    expect(parseStepPath(['q', 'a=1', 'r'])).toBeUndefined();
    expect(parseStepPath(['q', '=1'])).toBeUndefined();
    expect(parseStepPath(['q', 'a=%E0%A4%A'])).toBeUndefined();
  });

  test('the island loads one JSON file per flow and locale', () => {
    expect(flowDataUrl('sv', 'where-is-my-order')).toBe('/sv/troubleshoot/where-is-my-order.json');
  });
});

describe('answers in the query', () => {
  test('answers are written as dot-separated indexes, with the implied count of a deep link', () => {
    expect(formatAnswerQuery({ answers: [], implied: 0 })).toBe('');
    expect(formatAnswerQuery({ answers: [0, 2, 1], implied: 0 })).toBe('?a=0.2.1');
    expect(formatAnswerQuery({ answers: [0, 2, 1], implied: 2 })).toBe('?a=0.2.1&o=2');
  });

  test('the query reads back what was written', () => {
    expect(parseAnswerQuery('?a=0.2.1&o=2')).toEqual({ answers: [0, 2, 1], implied: 2 });
    expect(parseAnswerQuery('?a=3')).toEqual({ answers: [3], implied: 0 });
    expect(parseAnswerQuery('?a=')).toEqual({ answers: [], implied: 0 });
  });

  test('no answers in the query is told apart from malformed ones', () => {
    expect(parseAnswerQuery('')).toBeUndefined();
    expect(parseAnswerQuery('?utm=x')).toBeUndefined();
    for (const bad of ['?a=9', '?a=1..2', '?a=x', '?a=1.2&o=3', '?a=1&o=-1', '?a=1&o=z', `?a=${'1.'.repeat(300)}1`]) {
      expect(parseAnswerQuery(bad), bad).toBeNull();
    }
  });
});
