import { describe, expect, it } from 'vitest';
import { Deck } from '../../src/app/present/deck.svelte';
import { deckAction } from '../../src/app/present/keys';
import { parseHash } from '../../src/app/route';

const key = (k: string, target: EventTarget | null = document.body, mods: Partial<KeyboardEvent> = {}) =>
  deckAction({ key: k, target, ctrlKey: false, metaKey: false, altKey: false, ...mods });

describe('the deck’s keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['ArrowDown', 'down'],
    ['ArrowUp', 'up'],
    ['f', 'fullscreen'],
    ['o', 'overview'],
    ['b', 'black'],
    ['g', 'go-to'],
    ['p', 'presenter'],
    ['?', 'help'],
    ['Escape', 'close'],
  ])('%j does %s', (k, action) => {
    expect(key(k)).toBe(action);
  });

  it('sends number keys to the slide’s prepared scenarios', () => {
    expect(key('3')).toEqual({ preset: 3 });
    expect(key('0')).toBeUndefined();
  });

  it('leaves keys typed into a widget to the widget', () => {
    const input = document.createElement('input');
    const slider = Object.assign(document.createElement('div'), { role: 'slider' });
    slider.setAttribute('role', 'slider');
    document.body.append(input, slider);
    expect(key('ArrowRight', input)).toBeUndefined();
    expect(key('ArrowRight', slider)).toBeUndefined();
    expect(key(' ', input)).toBeUndefined();
    expect(key('Escape', input)).toBe('close');
  });

  it('leaves the browser’s own shortcuts alone', () => {
    expect(key('f', document.body, { ctrlKey: true })).toBeUndefined();
    expect(key('ArrowLeft', document.body, { altKey: true })).toBeUndefined();
  });
});

describe('the deck', () => {
  it('stays within its slides', () => {
    const deck = new Deck([{ id: '', title: 'Title' }, { id: 'a', title: 'A' }, { id: 'b', title: 'B' }], 7);
    expect(deck.index).toBe(2);
    deck.go(-3);
    expect(deck.current.title).toBe('Title');
    expect(deck.next?.id).toBe('a');
    deck.go(2);
    expect(deck.next).toBeUndefined();
  });
});

describe('presenter addresses', () => {
  it('reads the slide, counting from 1, and the window', () => {
    expect(parseHash('#/en/present/clv/four-steps/3').route).toEqual({ kind: 'present', locale: 'en', module: 'clv', lesson: 'four-steps', slide: 3, view: 'audience' });
    expect(parseHash('#/zh/presenter/clv/four-steps').route).toEqual({ kind: 'present', locale: 'zh', module: 'clv', lesson: 'four-steps', slide: 1, view: 'presenter' });
    expect(parseHash('#/en/present/clv/four-steps/0').route.kind).not.toBe('present');
    expect(parseHash('#/en/present/clv/four-steps/x').route.kind).not.toBe('present');
  });

  it('reads handouts for trainees and for the instructor', () => {
    expect(parseHash('#/en/handout/clv/four-steps').route).toEqual({ kind: 'handout', locale: 'en', module: 'clv', lesson: 'four-steps', version: 'trainee' });
    expect(parseHash('#/en/handout/clv/four-steps/instructor').route).toMatchObject({ version: 'instructor' });
  });
});
